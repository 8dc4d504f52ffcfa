/** "Services (seed 003)": loaded when opened, or at once when the link carries service lines. */
import { lazy, Suspense, useState } from 'react';
import type { CardSet } from '../../../engine';
import type { ServiceLineInput } from '../service-lines';

const ServiceLinesPanel = lazy(() => import('./service-lines-panel'));

interface Props {
  readonly set: CardSet;
  readonly packageId: string;
  readonly lines: readonly ServiceLineInput[];
  readonly onChange: (lines: ServiceLineInput[]) => void;
}

export function ServiceLines(props: Props) {
  const [opened, setOpened] = useState(props.lines.length > 0);
  return (
    <details
      open={props.lines.length > 0}
      className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpened((was) => was || isOpen);
      }}
    >
      <summary className="cursor-pointer font-medium">Services (lip-sync, extension, effects, audio, images)</summary>
      {opened ? (
        <Suspense fallback={<p role="status" className="mt-3 text-sm">Loading the services…</p>}>
          <ServiceLinesPanel {...props} />
        </Suspense>
      ) : null}
    </details>
  );
}
