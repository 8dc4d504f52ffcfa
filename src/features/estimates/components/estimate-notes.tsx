/** What the reader of an estimate must know beside its figures: each line's notices, then the estimate's own. */
import type { EstimateRecord } from '../../../engine';

const warningClass =
  'rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-1 text-amber-950 dark:bg-amber-950 dark:text-amber-100';

export function EstimateNotes({ warnings }: { readonly warnings: EstimateRecord['warnings'] }) {
  if (warnings.length === 0) return <p className="text-sm">Nothing to note.</p>;
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label="Notes on this estimate">
      {warnings.map((w) => (
        <li
          key={w.message}
          className={w.severity === 'warning' ? warningClass : 'rounded-md border-l-4 border-slate-400 px-3 py-1'}
        >
          <span className="sr-only">{w.severity === 'warning' ? 'Warning: ' : 'Note: '}</span>
          {w.message}
        </li>
      ))}
    </ul>
  );
}
