/** The warnings and notes of a quote, as text. */
import type { Notice } from '../../engine';

const warningClass =
  'rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';
const noteClass =
  'rounded-md border-l-4 border-slate-400 bg-slate-50 px-3 py-2 text-sm text-slate-800 ' +
  'dark:bg-slate-800 dark:text-slate-100';

export function Notices({ notices }: { readonly notices: readonly Notice[] }) {
  if (notices.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No warnings.</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label="Warnings and notes">
      {notices.map((n) => (
        <li
          key={`${n.code}:${n.message}`}
          data-notice={n.code}
          className={n.severity === 'warning' ? warningClass : noteClass}
        >
          <span className="font-semibold">{n.severity === 'warning' ? 'Warning: ' : 'Note: '}</span>
          {n.message}
        </li>
      ))}
    </ul>
  );
}
