/**
 * SPEC §10: per model, the smallest multiplier (two decimals) that brings every shown cell of the
 * margin map to the target. Found with the engine itself: a candidate is applied to a copy of the
 * cards as an override applies it, and the cells are quoted again. Our price only grows with the
 * multiplier (rounded, then clamped) and the vendor cost does not move, so "every cell meets the
 * target" holds from some multiplier on. From an estimate (margin-estimate.ts), steps that double
 * find one multiplier that fails and one that works, or show that every failing cell is already at
 * the clamp's maximum (then none can); a binary search over whole cents between them finds the
 * smallest.
 */
import { applyOverrides } from '../cards/apply-overrides';
import type { CardSet } from '../cards/card-set';
import { NO_OVERRIDES } from '../cards/overrides-shape';
import { compareAmounts, minus, percentOf, times } from '../money/money';
import { quote, type Quote } from '../pricing/quote';
import { cellQuoteOptions, type PricedCell } from './margin-map-cells';
import type { MarginScope } from './margin-map-scope';
import { meetsTarget } from './margin-standing';
import { estimateCents, MAX_CENTS } from './margin-estimate';
import { RESOLUTIONS } from '../request/vocabulary';

export interface NeededMultiplier {
  /** Two decimals ("1.75"); null: no multiplier can, and `reason` says why. */
  readonly multiplier: string | null;
  readonly reason: string | null;
}

/** Cents of a multiplier as its text: 175 → "1.75", 1 → "0.01". */
export function multiplierText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * The cards with the model's multiplier set to `cents`, as an override sets it. The set's own vendor
 * discount and service prices (overrides already applied) are kept: `applyOverrides` replaces them.
 */
function withMultiplier(set: CardSet, model: string, cents: number): CardSet {
  return applyOverrides(set, {
    ...NO_OVERRIDES,
    modelMultipliers: { [model]: multiplierText(cents) },
    vendorDiscountPct: set.vendorDiscountPct ?? null,
    ...(set.servicePricesUsd ? { servicePricesUsd: set.servicePricesUsd } : {}),
  });
}

/** How the cells fare at one multiplier: how many fail, and those of them already at the clamp's maximum. */
interface Trial {
  readonly failing: number;
  readonly capped: readonly Quote[];
}

/**
 * The cells quoted on `priced`. Stops at the first failure unless it is at the clamp's maximum: then
 * every cell is tried, to know whether any failing one can still rise.
 */
function trial(cells: readonly PricedCell[], scope: MarginScope, priced: CardSet): Trial {
  const capped: Quote[] = [];
  let failing = 0;
  for (const { quote: cell } of cells) {
    const result = quote(cell.request, priced, cellQuoteOptions(scope));
    const used = result.ok ? result.quote.vendor.used : null;
    if (!result.ok || used?.status !== 'priced') throw new Error('a cell of the map is no longer priced');
    const charged = result.quote.internal.charged;
    if (meetsTarget(charged.amount, used.amount, scope.targetPct)) continue;
    failing += 1;
    if (charged.clamp.applied !== 'cap') return { failing, capped: [] };
    capped.push(result.quote);
  }
  return { failing, capped };
}

/** Orders quotes by margin ÷ our price, lowest first: compared cross-multiplied, exactly. */
function lowestMarginFirst(a: Quote, b: Quote): number {
  if (!a.margin || !b.margin) return 0;
  const left = times(a.margin.amount, b.internal.charged.amount);
  return compareAmounts(left, times(b.margin.amount, a.internal.charged.amount));
}

/** Why the clamp stops every multiplier: the failing cell with the lowest margin (the vendor's dearest). */
function clampReason(capped: readonly Quote[], scope: MarginScope): string {
  const worst = capped.reduce((a, b) => (lowestMarginFirst(b, a) < 0 ? b : a));
  const used = worst.vendor.used;
  const charged = worst.internal.charged;
  if (used.status !== 'priced') throw new Error('a cell of the map has a vendor cost');
  const max = charged.clamp.maxUsd;
  const margin = percentOf(minus(charged.amount, used.amount), charged.amount, 1);
  const r = worst.request;
  const what = `${r.model} ${r.mode} ${r.resolution} ${r.inputType}${r.audio ? ' with audio' : ''}`;
  return (
    `the $${max} clamp: ${what} costs $${used.usd} at the vendor, so even at $${max} its margin is ` +
    `${margin}%, under the ${scope.targetPct}% target`
  );
}

/** The smallest multiplier at which every cell meets the target, or why there is none. */
export function multiplierNeeded(
  set: CardSet,
  model: string,
  cells: readonly PricedCell[],
  scope: MarginScope,
): NeededMultiplier {
  if (cells.length === 0) {
    const filtered = scope.resolutions.length < RESOLUTIONS.length || scope.audios.length < 2;
    const what = `${model} request of ${scope.durationSeconds} s${filtered ? ' with these filters' : ''}`;
    return { multiplier: null, reason: `no cell is shown: ${scope.vendorCard.title} prices no ${what}` };
  }
  // The cells least likely to meet the target are tried first, so that most trials stop at once.
  const ordered = [...cells].sort((a, b) => lowestMarginFirst(a.quote, b.quote));
  const at = (cents: number) => trial(ordered, scope, withMultiplier(set, model, cents));
  const multiplier = scope.internalCard.modelMultipliers[model];
  const start = estimateCents(
    cells.map((c) => c.quote),
    multiplier,
    scope.targetPct,
  );
  // Galloping from the estimate: `failed` fails (0 stands for "below the least"), `works` works.
  let failed = 0;
  let works = start;
  let step = 1;
  let t = at(start);
  if (t.failing === 0) {
    while (works > 1) {
      const lower = Math.max(works - step, 1);
      if (at(lower).failing > 0) {
        failed = lower;
        break;
      }
      works = lower;
      step *= 2;
    }
  } else {
    failed = start;
    for (;;) {
      if (t.capped.length === t.failing) return { multiplier: null, reason: clampReason(t.capped, scope) };
      if (failed === MAX_CENTS) {
        return { multiplier: null, reason: `no multiplier up to ${multiplierText(MAX_CENTS)} reaches the target` };
      }
      works = Math.min(failed + step, MAX_CENTS);
      t = at(works);
      if (t.failing === 0) break;
      failed = works;
      step *= 2;
    }
  }
  while (works - failed > 1) {
    const middle = Math.floor((failed + works) / 2);
    if (at(middle).failing === 0) works = middle;
    else failed = middle;
  }
  return { multiplier: multiplierText(works), reason: null };
}
