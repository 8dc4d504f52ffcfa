/**
 * Seed 004's budget (SPEC §4.4) on an estimate's lines: which of a month's clips and tasks fit a
 * monthly budget, by priority and for the most clips (`budgetPlans`), measured against the
 * customer's price, our list price or the vendor cost; and the alerts reached, said once.
 */
import { divideBy, times, toDecimalString, usd, type Money } from '../money/money';
import { budgetPlans, type BudgetAlert, type BudgetPlan, type PlannedLine } from './budget-plan';
import type { Estimate } from './estimate';
import type { PricedLine } from './estimate-lines';
import { keepAfter, vendorEachScaled } from './estimate-totals';
import { DEFAULT_ALERT_THRESHOLDS } from './estimate-schema';

export type BudgetMeasure = 'customer' | 'internal' | 'vendor';

export interface EstimateBudgetOptions {
  /** A month's budget, USD, as non-negative decimal text ("10000", "1250.50"), checked by the caller. */
  readonly budgetUsd: string;
  readonly against: BudgetMeasure;
  readonly thresholdsPct?: readonly string[];
  /** One per line, higher first; default: the estimate's order, its first line first. */
  readonly priorities?: readonly number[];
}

export interface EstimateBudget {
  readonly byPriority: BudgetPlan;
  readonly mostClips: BudgetPlan;
  /** Every threshold the priority plan's spend has reached. */
  readonly alerts: readonly BudgetAlert[];
  /** Those alerts as one message ("Spent $9500.00: past the 50%, 75% and 90% alerts of $10000.00 …"); null: none. */
  readonly alert: string | null;
}

/** "50%", "50% and 75%", "50%, 75% and 90%". */
function listed(pcts: readonly string[]): string {
  const words = pcts.map((p) => `${p}%`);
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Alerts that fire together read as one message, not one each. */
function alertMessage(alerts: readonly BudgetAlert[], plan: BudgetPlan, budgetUsd: string): string | null {
  if (alerts.length === 0) return null;
  const which = `${listed(alerts.map((a) => a.thresholdPct))} alert${alerts.length > 1 ? 's' : ''}`;
  return `Spent $${plan.spentUsd}: past the ${which} of $${budgetUsd} (${plan.utilizationPct}% used).`;
}

/** One clip's or task's cost against the measure: exact, or (vendor at the cheapest mix) half-up to 6 decimals. */
function costEach(line: PricedLine, against: BudgetMeasure, estimate: Estimate): Money | null {
  if (against === 'internal') return line.internalEach;
  if (against === 'customer')
    return line.internalEach && times(line.internalEach, keepAfter(estimate.input.discountPct));
  const { cost, vendorKeep, divisor } = estimate.totals;
  const scaled = vendorEachScaled(line, cost, vendorKeep);
  return divisor === 1n ? scaled : divideBy(scaled, divisor, 6);
}

/** The estimate's lines against a monthly budget, with its alerts. */
export function estimateBudget(estimate: Estimate, options: EstimateBudgetOptions): EstimateBudget {
  const rows = estimate.totals.lines;
  const lines: PlannedLine[] = rows.map((row, i) => {
    const cost = costEach(row.line, options.against, estimate);
    const free = cost !== null && cost.amount === 0n;
    return {
      id: String(i),
      label: row.line.name,
      count: row.line.count,
      priority: options.priorities?.[i] ?? rows.length - i,
      cost: free ? null : cost,
      unpricedReason: free ? 'it costs nothing against this budget' : 'no internal price (set one with an override)',
    };
  });
  const plans = budgetPlans(lines, options.budgetUsd, options.thresholdsPct ?? DEFAULT_ALERT_THRESHOLDS);
  const budget = toDecimalString(usd(options.budgetUsd.trim()), 2);
  return { ...plans, alert: alertMessage(plans.alerts, plans.byPriority, budget) };
}
