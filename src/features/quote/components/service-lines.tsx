/** "Services", loaded when opened, or at once when the link carries service lines. */
import { lazy } from 'react';
import type { CardSet } from '../../../engine';
import { LazyDetails } from '../../../components/ui/lazy-details';
import type { ServiceLineInput } from '../service-lines';

const ServiceLinesPanel = lazy(() => import('./service-lines-panel'));

interface Props {
  readonly set: CardSet;
  readonly packageId: string;
  readonly lines: readonly ServiceLineInput[];
  readonly onChange: (lines: ServiceLineInput[]) => void;
}

export function ServiceLines(props: Props) {
  return (
    <LazyDetails
      summary="Services (lip-sync, extension, effects, audio, images)"
      defaultOpen={props.lines.length > 0}
      loading="Loading the services…"
    >
      <ServiceLinesPanel {...props} />
    </LazyDetails>
  );
}
