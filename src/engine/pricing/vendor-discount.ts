/** A discount on the vendor cost (the user's overrides, SPEC §4.5), applied exactly and shown as a step. */
import { minus, times, toDecimalString, toRatio, usd } from '../money/money';
import type { Step } from './notice';
import type { VendorQuote } from './vendor-cost';

/** The same quote with a discount on its cost (SPEC §4.5 overrides), shown as a step. */
export function withDiscount(q: VendorQuote, pct: string): VendorQuote {
  if (q.status !== 'priced') return q;
  // × (100 − pct) × 0.01, exactly.
  const keep = toRatio(toDecimalString(minus(usd('100'), usd(pct))));
  const amount = times(times(q.amount, keep), { amount: 1n, scale: 2n });
  const discount: Step = {
    key: 'discount',
    label: 'Your discount',
    value: `${pct}%`,
    source: 'overrides saved in this browser',
  };
  const {
    card,
    cardTitle,
    source,
    unit,
    approximate,
    status,
    row,
    tier,
    billedSeconds,
    rate,
    units,
    unitPrice,
    notices,
  } = q;
  return {
    ...{
      card,
      cardTitle,
      source,
      unit,
      approximate,
      status,
      row,
      tier,
      billedSeconds,
      rate,
      units,
      unitPrice,
      notices,
    },
    amount,
    usd: toDecimalString(amount, 2),
    steps: [...q.steps, discount],
  };
}
