/** "Ways to pay less", loaded once opened. */
import { lazy } from 'react';
import type { CardSet, Quote } from '../../../engine';
import { LazyDetails } from '../../../components/ui/lazy-details';

const LeversPanel = lazy(() => import('./levers-panel'));

export function Levers(props: { readonly quote: Quote; readonly set: CardSet; readonly packageId?: string }) {
  return (
    <LazyDetails summary="Ways to pay less">
      <LeversPanel {...props} />
    </LazyDetails>
  );
}
