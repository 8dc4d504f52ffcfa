/** The verdict at the top: charged against expected, for our bill and for Kling's units, with the cause. */
import { Panel } from '../../../components/ui/panel';
import type { VerdictLine } from '../charge-verdict';

const tone: Record<VerdictLine['status'], string> = {
  match: 'border-green-600 bg-green-50 text-green-950 dark:bg-green-950 dark:text-green-50',
  mismatch: 'border-red-600 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50',
  unchecked: 'border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
  none: 'border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900',
};

const word: Record<VerdictLine['status'], string> = {
  match: 'Matches',
  mismatch: 'Mismatch',
  unchecked: 'Not checked',
  none: 'Expected',
};

export function VerdictPanel({ lines }: { readonly lines: readonly VerdictLine[] }) {
  return (
    <Panel title="Verdict" headingId="verdict-heading">
      <ul className="flex flex-col gap-2" data-testid="verdict">
        {lines.map((line) => (
          <li key={line.key} className={`rounded-md border-l-4 px-3 py-2 ${tone[line.status]}`}>
            <p className="text-sm font-semibold uppercase tracking-wide">
              {line.key === 'units' ? 'Kling units: ' : line.key === 'usd' ? 'Our bill: ' : ''}
              {word[line.status]}
            </p>
            <p className="break-words" data-testid={`verdict-${line.key}`}>
              {line.text}
            </p>
            {line.detail ? (
              <p className="break-words text-sm" data-testid={`verdict-${line.key}-detail`}>
                {line.detail}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
