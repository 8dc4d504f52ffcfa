/** An estimate's budget (seed 004) as text for a terminal: what fits a month by priority, and the alert. */
import type { EstimateRecord } from '../engine';
import { formatCount, formatUsd } from '../lib/format-money';

type BudgetRecord = NonNullable<EstimateRecord['budget']>;

const MEASURES: Record<BudgetRecord['against'], string> = {
  customer: "the customer's price",
  internal: 'our list price',
  vendor: 'the vendor cost',
};

export function budgetLines(budget: BudgetRecord | undefined): string[] {
  if (!budget) return [];
  const plan = budget.by_priority;
  const most = budget.most_clips;
  return [
    '',
    `Budget: ${formatUsd(budget.budget_usd)} a month, spent on ${MEASURES[budget.against]}`,
    '  by priority:',
    ...plan.lines.map(
      (l) =>
        `    ${l.name}: ${formatCount(String(l.planned))} of ${formatCount(String(l.requested))}, ` +
        `${formatUsd(l.total_usd)}${l.note ? ` (${l.note})` : ''}`,
    ),
    `  spent ${formatUsd(plan.spent_usd)}, ${formatUsd(plan.remaining_usd)} left (${plan.utilization_pct}% used)`,
    `  for the most clips: ${formatCount(String(most.clips))} clips for ${formatUsd(most.spent_usd)}`,
    ...(budget.alert ? [`  ! ${budget.alert}`] : []),
  ];
}
