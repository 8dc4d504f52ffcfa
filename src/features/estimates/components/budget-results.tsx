/** Both budget plans of an estimate's month, with spent, remaining, utilization, the alert and CSV. */
import type { BudgetPlan } from '../../../engine';
import { downloadText, toCsv } from '../../../lib/csv';
import { formatCount, formatPercent, formatUsd } from '../../../lib/format-money';
import { ScrollTable } from '../../../components/ui/scroll-table';

const count = (n: number) => formatCount(String(n));

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const noteTd = 'border-b border-slate-100 px-2 py-1 text-slate-700 dark:border-slate-800 dark:text-slate-300';
const alertClass =
  'rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';
const exportButton =
  'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-600 dark:hover:bg-slate-800 print:hidden';

function PlanTable({
  title,
  plan,
  testId,
}: {
  readonly title: string;
  readonly plan: BudgetPlan;
  readonly testId: string;
}) {
  const csv = () =>
    toCsv([
      ['line', 'requested', 'planned', 'cost_per_clip_usd', 'total_usd', 'note'],
      ...plan.lines.map((l) => [l.label, l.requested, l.planned, l.costUsd ?? 'unpriced', l.totalUsd, l.note ?? '']),
      [
        'total',
        '',
        plan.clips,
        '',
        plan.spentUsd,
        `remaining ${plan.remainingUsd}; utilization ${plan.utilizationPct}%`,
      ],
    ]);
  return (
    <div className="min-w-0" data-testid={testId}>
      <ScrollTable caption={title} captionId={`${testId}-c`}>
        <table className="w-full text-sm" aria-labelledby={`${testId}-c`}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Line
              </th>
              <th scope="col" className={`${th} text-right`}>
                Planned / asked
              </th>
              <th scope="col" className={`${th} text-right`}>
                Per clip
              </th>
              <th scope="col" className={`${th} text-right`}>
                Total
              </th>
              <th scope="col" className={th}>
                Note
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.lines.map((l) => (
              <tr key={l.id}>
                <th scope="row" className={`${th} font-normal`}>
                  {l.label}
                </th>
                <td className={td}>
                  {count(l.planned)} / {count(l.requested)}
                </td>
                <td className={td}>{l.costUsd ? formatUsd(l.costUsd) : '—'}</td>
                <td className={td}>{formatUsd(l.totalUsd)}</td>
                <td className={noteTd}>{l.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={th}>
                {count(plan.clips)} {plan.clips === 1 ? 'clip' : 'clips'}
              </th>
              <td className={td} colSpan={3}>
                Spent {formatUsd(plan.spentUsd)} · remaining {formatUsd(plan.remainingUsd)} ·{' '}
                {formatPercent(plan.utilizationPct)} used
              </td>
              <td className={td} />
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
      <button
        type="button"
        className={`${exportButton} mt-2`}
        aria-label={`Export ${title.split(' (')[0].toLowerCase()} (CSV)`}
        onClick={() => downloadText(`kling-${testId}.csv`, csv())}
      >
        Export (CSV)
      </button>
    </div>
  );
}

interface BudgetResultsProps {
  readonly byPriority: BudgetPlan;
  readonly mostClips: BudgetPlan;
  /** Every alert reached, said once; null: none. */
  readonly alert: string | null;
}

export function BudgetResults({ byPriority, mostClips, alert }: BudgetResultsProps) {
  return (
    <div className="flex flex-col gap-4">
      {alert ? (
        <p className={alertClass} data-testid="budget-alert">
          {alert}
        </p>
      ) : (
        <p className="text-sm">No alert threshold reached.</p>
      )}
      <PlanTable
        title="By priority (highest priority first, skipping what no longer fits)"
        plan={byPriority}
        testId="plan-priority"
      />
      <PlanTable title="The most clips the budget buys (cheapest first)" plan={mostClips} testId="plan-most-clips" />
    </div>
  );
}
