/**
 * Seed 004's budget manager and batch planner (SPEC §4.4): which planned clips fit a monthly
 * budget, by priority (skipping what no longer fits) or to fit the most clips; with alerts
 * when the spend crosses thresholds (50, 75, 90 % by default).
 */
import {
  compareAmounts,
  howManyFit,
  minus,
  percentOf,
  times,
  toDecimalString,
  usd,
  wholeRatio,
  sum,
  type Money,
} from '../money/money';

export interface PlannedLine {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  /** Higher goes first. */
  readonly priority: number;
  /** Per clip; null when the line cannot be priced (it is then never planned). */
  readonly cost: Money | null;
  readonly unpricedReason?: string;
}

export interface PlannedResult {
  readonly id: string;
  readonly label: string;
  readonly requested: number;
  readonly planned: number;
  readonly costUsd: string | null;
  readonly totalUsd: string;
  readonly note: string | null;
}

export interface BudgetPlan {
  readonly lines: readonly PlannedResult[];
  readonly clips: number;
  readonly spentUsd: string;
  readonly remainingUsd: string;
  readonly utilizationPct: string;
  readonly spent: Money;
}

type Order = (a: PlannedLine, b: PlannedLine) => number;

function plan(lines: readonly PlannedLine[], budget: Money, order: Order): BudgetPlan {
  let remaining = budget;
  const planned = new Map<string, number>();
  for (const line of [...lines].sort(order)) {
    if (!line.cost || line.count <= 0) continue;
    const n = Math.min(line.count, howManyFit(remaining, line.cost));
    planned.set(line.id, n);
    remaining = minus(remaining, times(line.cost, wholeRatio(n)));
  }
  const results = lines.map((line): PlannedResult => {
    const n = planned.get(line.id) ?? 0;
    const total = line.cost ? times(line.cost, wholeRatio(n)) : usd('0');
    const note = !line.cost
      ? `not planned: ${line.unpricedReason ?? 'no price'}`
      : n < line.count
        ? `${line.count - n} skipped: ${n === 0 ? 'none fits' : 'no more fit'} in what is left`
        : null;
    return {
      id: line.id,
      label: line.label,
      requested: line.count,
      planned: n,
      costUsd: line.cost ? toDecimalString(line.cost, 2) : null,
      totalUsd: toDecimalString(total, 2),
      note,
    };
  });
  const spent = sum(
    results.map((r) => usd(r.totalUsd)),
    usd('0'),
  );
  return {
    lines: results,
    clips: results.reduce((n, r) => n + r.planned, 0),
    spentUsd: toDecimalString(spent, 2),
    remainingUsd: toDecimalString(minus(budget, spent), 2),
    utilizationPct: compareAmounts(budget, usd('0')) > 0 ? percentOf(spent, budget, 1) : '0.0',
    spent,
  };
}

/** Seed 004's rule: by priority, highest first; each clip goes in if it still fits. */
function planByPriority(lines: readonly PlannedLine[], budget: Money): BudgetPlan {
  return plan(lines, budget, (a, b) => b.priority - a.priority);
}

/** The most clips the budget buys: cheapest first (ties: higher priority first). */
function planMostClips(lines: readonly PlannedLine[], budget: Money): BudgetPlan {
  return plan(lines, budget, (a, b) => {
    if (!a.cost || !b.cost) return a.cost ? -1 : b.cost ? 1 : 0;
    return compareAmounts(a.cost, b.cost) || b.priority - a.priority;
  });
}

export interface BudgetAlert {
  readonly thresholdPct: string;
  readonly message: string;
}

/** Every threshold the spend has reached, as seed 004's check_budget_alerts reports them. */
function budgetAlerts(spent: Money, budget: Money, thresholdsPct: readonly string[]): BudgetAlert[] {
  if (compareAmounts(budget, usd('0')) <= 0) return [];
  const used = percentOf(spent, budget, 1);
  return [...thresholdsPct]
    .sort((a, b) => compareAmounts(usd(a), usd(b)))
    .filter((t) => compareAmounts(times(budget, { amount: toCents(t), scale: 4n }), spent) <= 0)
    .map((t) => ({
      thresholdPct: t,
      message: `Budget alert: ${used}% of the $${toDecimalString(budget, 2)} budget used (threshold ${t}%).`,
    }));
}

/** A percentage "75" or "92.5" as a fraction at scale 4: 7500 → 0.75. */
function toCents(pct: string): bigint {
  const [whole, fraction = ''] = pct.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

/** Both plans and the alerts for a budget written as a decimal string ("500", "1250.50"). */
export function budgetPlans(lines: readonly PlannedLine[], budgetUsd: string, thresholdsPct: readonly string[]) {
  const budget = usd(budgetUsd.trim());
  const byPriority = planByPriority(lines, budget);
  return {
    byPriority,
    mostClips: planMostClips(lines, budget),
    alerts: budgetAlerts(byPriority.spent, budget, thresholdsPct),
  };
}
