/**
 * Where the search for the multiplier needed starts (margin-multiplier.ts): for each cell, the
 * multiplier at which our price, growing in proportion to it, would reach the least price that
 * meets the target; the largest of them. Only a starting point: it ignores the rounding to the cent
 * and the clamp, and the search verifies every answer with the engine. Integer arithmetic on the
 * amounts' digits, no floating point.
 */
import { ceilDivide, power, toRatio, type Ratio } from '../money/money';
import type { Quote } from '../pricing/quote';
import { leastPriceCents } from './least-price';

/** The largest multiplier a card can hold (9 whole digits), in cents. */
export const MAX_CENTS = 99_999_999_999;

/** The multiplier, in cents, that brings a cell priced at `multiplier` to `cents`; null: its price cannot grow. */
function centsFor(raw: Ratio, multiplier: Ratio, cents: bigint): bigint | null {
  if (raw.amount <= 0n || multiplier.amount <= 0n) return null;
  // raw grows as m: m/100 = (cents/100) × multiplier / raw
  return ceilDivide(cents * multiplier.amount * power(raw.scale), raw.amount * power(multiplier.scale));
}

/** The starting multiplier in cents (at least 1) for cells quoted at the model's `multiplier`. */
export function estimateCents(cells: readonly Quote[], multiplier: string, targetPct: string): number {
  let best = 1n;
  for (const q of cells) {
    if (q.vendor.used.status !== 'priced') continue;
    const need = leastPriceCents(q.vendor.used.amount, targetPct);
    const cents = centsFor(toRatio(q.internal.charged.rawUsd), toRatio(multiplier), need);
    if (cents !== null && cents > best) best = cents;
  }
  return best > BigInt(MAX_CENTS) ? MAX_CENTS : Number(best);
}
