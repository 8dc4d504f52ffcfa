/** "Show the calculation": a disclosure whose steps load the first time it is opened. */
import { lazy, Suspense, useState } from 'react';
import type { CalculationProps } from './calculation-body';

const CalculationBody = lazy(() => import('./calculation-body'));

export function Calculation({ open = false, ...props }: CalculationProps & { readonly open?: boolean }) {
  const [opened, setOpened] = useState(open);
  return (
    <details open={open} className="rounded-md border border-slate-200 p-3 dark:border-slate-700" onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpened((was) => was || isOpen);
      }}>
      <summary className="cursor-pointer font-medium">Show the calculation</summary>
      {opened ? (
        <Suspense fallback={<p role="status" className="mt-3 text-sm">Loading the calculation…</p>}>
          <CalculationBody {...props} />
        </Suspense>
      ) : null}
    </details>
  );
}
