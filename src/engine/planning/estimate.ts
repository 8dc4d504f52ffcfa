/**
 * SPEC §9: an estimate for a customer priced on a card set: its lines (estimate-lines.ts), the
 * prepaid packages for all of them over the period (estimate-packages.ts), the unit price the
 * vendor cost is taken at (`package`: the cheapest mix's packages_usd ÷ units used, a package's
 * unit price, or list), and the totals (estimate-totals.ts). One function for the command line,
 * the screen and the link; `toEstimateRecord` is its JSON.
 */
import { packagesFor, type CardSet } from '../cards/card-set';
import { formatStamp, stampOf, type CardStamp } from '../cards/rate-card-common';
import { compareAmounts, divideBy, plus, quantity, times, toDecimalString, usd, wholeRatio } from '../money/money';
import type { EstimateInput, EstimateIssue } from './estimate-input';
import { priceEstimateLines, type EstimateWarning } from './estimate-lines';
import { packagesOverPeriod, type PeriodPackages } from './estimate-packages';
import { estimateTotals, keepAfter, type EstimateTotals, type UnitCost } from './estimate-totals';
import { estimateWarnings } from './estimate-warnings';
import { estimateBudget, type EstimateBudget } from './estimate-budget';
import { tasksThroughput, type EstimateThroughput } from './estimate-throughput';

export const CHEAPEST = 'cheapest';

export interface Estimate {
  readonly input: EstimateInput;
  /** The date the cards were in force on; null: the newest loaded. */
  readonly asOf: string | null;
  readonly totals: EstimateTotals;
  /** The cheapest packages for every line's Kling units together, whatever `package` is. */
  readonly packages: PeriodPackages;
  /** The USD a Kling unit is costed at: exact, or (at the cheapest mix) half-up to 6 decimals; null: no units. */
  readonly unitPriceUsd: string | null;
  readonly throughput: EstimateThroughput | null;
  /** Every card version that priced it (`internal@2026-11-21`). */
  readonly cards: readonly string[];
  readonly warnings: readonly EstimateWarning[];
  /** The lines planned against the estimate's budget; null: it has none. */
  readonly budget: EstimateBudget | null;
}

export type EstimateResult =
  | { readonly ok: true; readonly estimate: Estimate }
  | { readonly ok: false; readonly issues: readonly EstimateIssue[] };

/** The unit cost at the chosen package: the mix's packages_usd ÷ units used, or the package's own price. */
function unitCostOf(choice: string, plan: PeriodPackages, unitPriceUsd: string | null): UnitCost {
  if (choice !== CHEAPEST) return { perUnit: usd(unitPriceUsd ?? '0'), divisor: 1n };
  const used = plan.unitsUsed;
  if (used.amount === 0n) return { perUnit: usd('0'), divisor: 1n };
  // P ÷ (a × 10^-s) = (P × 10^s) ÷ a
  return { perUnit: times(plan.packagesUsd, { amount: 10n ** used.scale, scale: 0n }), divisor: used.amount };
}

/** Prices an estimate read by `parseEstimate`, or says what in it the cards cannot price. */
export function priceEstimate(input: EstimateInput, set: CardSet): EstimateResult {
  const offered = packagesFor(set, 'kling-unit');
  const chosen = offered.find((o) => o.pkg.id === input.package);
  const issues: EstimateIssue[] = [];
  if (input.package !== CHEAPEST && !chosen) {
    const ids = [CHEAPEST, ...offered.map((o) => o.pkg.id)].join(', ');
    issues.push({ path: 'package', message: `no package ${JSON.stringify(input.package)} (one of: ${ids})` });
  }
  const priced = priceEstimateLines(input.lines, set);
  if (!priced.ok) issues.push(...priced.issues);
  if (!priced.ok || issues.length > 0) return { ok: false, issues };

  const packaged = priced.lines.filter((l) => l.packaged && l.unitsEach);
  const unitsPerMonth = packaged.reduce(
    (sum, l) => plus(sum, times(l.unitsEach ?? quantity('0'), wholeRatio(l.count))),
    quantity('0'),
  );
  const planned = packagesOverPeriod(
    unitsPerMonth,
    input.months,
    offered.map((o) => o.pkg),
  );
  if (!planned.ok) return { ok: false, issues: [{ path: 'package', message: planned.reason }] };
  const plan = planned.plan;

  const vendorKeep = set.vendorDiscountPct ? keepAfter(set.vendorDiscountPct) : null;
  const raw = unitCostOf(input.package, plan, chosen?.pkg.unitPriceUsd ?? null);
  const cost = vendorKeep ? { ...raw, perUnit: times(raw.perUnit, vendorKeep) } : raw;
  const totals = estimateTotals(priced.lines, input.months, input.discountPct, cost, vendorKeep);
  const noUnits = input.package === CHEAPEST && raw.divisor === 1n;
  const unitPriceUsd = noUnits
    ? null
    : toDecimalString(raw.divisor === 1n ? raw.perUnit : divideBy(raw.perUnit, raw.divisor, 6), 2);

  // The packages card is used when any unit is bought or priced at a package.
  const cardsUsed: CardStamp[] = priced.lines.flatMap((l) => l.cards);
  const packagesCard = chosen?.card ?? offered[0]?.card;
  if (packagesCard && (compareAmounts(unitsPerMonth, quantity('0')) > 0 || chosen))
    cardsUsed.push(stampOf(packagesCard));
  const pace = tasksThroughput(input, plan.concurrency);
  const estimate: Estimate = {
    input,
    asOf: set.asOf,
    totals,
    packages: plan,
    unitPriceUsd,
    throughput: pace,
    cards: [...new Set(cardsUsed.map(formatStamp))],
    warnings: estimateWarnings({ lines: priced.lines, totals, plan, pace, vendorDiscountPct: set.vendorDiscountPct }),
    budget: null,
  };
  return {
    ok: true,
    estimate: input.budget ? { ...estimate, budget: estimateBudget(estimate, input.budget) } : estimate,
  };
}
