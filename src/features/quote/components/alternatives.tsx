/** "Alternatives", loaded and computed once opened. */
import { lazy } from 'react';
import type { CardSet, QuoteRequest } from '../../../engine';
import { LazyDetails } from '../../../components/ui/lazy-details';

const AlternativesPanel = lazy(() => import('./alternatives-panel'));

export function Alternatives({ request, set }: { readonly request: QuoteRequest; readonly set: CardSet }) {
  return (
    <LazyDetails summary="Alternatives" loading="Loading the alternatives…">
      <AlternativesPanel request={request} set={set} />
    </LazyDetails>
  );
}
