/** Rate cards that were refused: the file, the path inside it and the reason. */
import type { CardProblem } from '../engine';

const alertClass =
  'rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100';

export function CardProblems({ problems }: { readonly problems: readonly CardProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className={alertClass}>
      <p className="font-semibold">Some rate cards were refused; the others are in use.</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={`${p.file}:${p.path}:${p.reason}`}>
            <span className="font-mono">{p.file}</span>: <span className="font-mono">{p.path}</span>: {p.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
