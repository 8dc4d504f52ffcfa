/** A discount on the vendor cost (the user's overrides, SPEC §4.5), applied exactly and shown as a step. */
import { minus, times, toDecimalString, toRatio, usd } from '../money/money';
import type { VendorQuote } from './vendor-cost';

/** The same quote with a discount on its cost (SPEC §4.5 overrides), shown as a step. */
export function withDiscount(q: VendorQuote, pct: string): VendorQuote {
  if (q.status !== 'priced') return q;
  // × (100 − pct) × 0.01, exactly.
  const keep = toRatio(toDecimalString(minus(usd('100'), usd(pct))));
  const amount = times(times(q.amount, keep), { amount: 1n, scale: 2n });
  const { card, cardTitle, source, unit, approximate, status, row, tier, billedSeconds, rate } = q;
  const { units, unitPrice, notices, rowData, wholeCredits } = q;
  return {
    ...{ card, cardTitle, source, unit, approximate, status, row, tier, billedSeconds, rate },
    ...{ units, unitPrice, notices, rowData, wholeCredits },
    amount,
    usd: toDecimalString(amount, 2),
    discountPct: pct,
  };
}
