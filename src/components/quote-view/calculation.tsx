/** "Show the calculation": its steps load the first time it is opened. */
import { lazy } from 'react';
import { LazyDetails } from '../ui/lazy-details';
import type { CalculationProps } from './calculation-body';

const CalculationBody = lazy(() => import('./calculation-body'));

export function Calculation({ open = false, ...props }: CalculationProps & { readonly open?: boolean }) {
  return (
    <LazyDetails summary="Show the calculation" defaultOpen={open} loading="Loading the calculation…">
      <CalculationBody {...props} />
    </LazyDetails>
  );
}
