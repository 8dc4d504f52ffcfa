/** "Try a multiplier", under the price: opened, it loads its form; open while a what-if prices the model. */
import { lazy } from 'react';
import type { Quote } from '../../../engine';
import { LazyDetails } from '../../../components/ui/lazy-details';

const TryMultiplierForm = lazy(() => import('./try-multiplier'));

export function TryMultiplier({ quote, own }: { readonly quote: Quote; readonly own: Quote | null }) {
  return (
    <div className="mt-3">
      <LazyDetails summary="Try a multiplier" defaultOpen={own !== null}>
        <TryMultiplierForm quote={quote} own={own} />
      </LazyDetails>
    </div>
  );
}
