/**
 * The least price, in cents, that meets a margin target over a vendor cost: where the search for
 * the multiplier needed starts (margin-estimate.ts). Integer arithmetic on the amounts' digits.
 */
import { ceilDivide, power, toRatio, type Money } from '../money/money';

/** The target in hundredths of a percent: "30" → 3000, "12.5" → 1250. */
function basisPoints(targetPct: string): bigint {
  const t = toRatio(targetPct);
  return t.scale <= 2n ? t.amount * power(2n - t.scale) : t.amount / power(t.scale - 2n);
}

/** The least price, in cents, whose margin over `vendor` is at least the target: p × (100 − t) ≥ 100 × vendor. */
export function leastPriceCents(vendor: Money, targetPct: string): bigint {
  if (vendor.amount <= 0n) return 0n;
  // p/100 × (10000 − bp)/100 ≥ 100 × v/10^s  ⇔  p × (10000 − bp) × 10^s ≥ 10^6 × v
  return ceilDivide(1_000_000n * vendor.amount, (10_000n - basisPoints(targetPct)) * power(vendor.scale));
}
