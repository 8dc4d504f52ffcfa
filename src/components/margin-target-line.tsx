/**
 * The margin target where the first page shows it: the target, and "Change" to edit it. The
 * field and the code that sets the target load only then, off the first page's budget.
 */
import { memo, lazy, Suspense, useState } from 'react';
import { useMarginTarget } from '../lib/margin-target';

const MarginTargetField = lazy(() => import('./margin-target-field').then((m) => ({ default: m.MarginTargetField })));

const button =
  'rounded px-1 text-blue-700 underline hover:bg-slate-100 focus:outline-none focus-visible:ring-2 ' +
  'focus-visible:ring-blue-600 dark:text-blue-300 dark:hover:bg-slate-800';

export const MarginTargetLine = memo(function MarginTargetLine() {
  const target = useMarginTarget();
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <Suspense fallback={<p className="text-sm">Margin target {target.pct}%</p>}>
        <MarginTargetField autoFocus />
      </Suspense>
    );
  return (
    <div className="text-sm print:hidden">
      <p>
        Margin target {target.pct}%{target.source === 'default' ? ' (default)' : ''}{' '}
        <button type="button" className={button} onClick={() => setEditing(true)}>
          Change the margin target
        </button>
      </p>
      {target.problem ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {target.problem}
        </p>
      ) : null}
    </div>
  );
});
