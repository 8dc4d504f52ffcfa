/** A disclosure that loads and computes the alternatives only once it is opened. */
import { lazy, Suspense, useState } from 'react';
import type { CardSet, QuoteRequest } from '../../../engine';

const AlternativesPanel = lazy(() => import('./alternatives-panel'));

export function Alternatives({ request, set }: { readonly request: QuoteRequest; readonly set: CardSet }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpened((was) => was || isOpen);
      }}
    >
      <summary className="cursor-pointer font-medium">Alternatives</summary>
      {opened ? (
        <Suspense fallback={<p role="status" className="mt-3 text-sm">Loading the alternatives…</p>}>
          <AlternativesPanel request={request} set={set} />
        </Suspense>
      ) : null}
    </details>
  );
}
