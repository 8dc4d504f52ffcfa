/**
 * How wide the exact decimals of a re-pricing must be. DuckDB keeps a DECIMAL of up to 18 digits
 * in a 64-bit integer and a wider one in 128 bits, where rounding and writing it as text cost
 * about ten times as much. The amounts of a re-pricing are bounded by the cards (rate × multiplier
 * × 3600 s; vendor rate × 3600 s × unit price): when every one of them fits 18 digits at its
 * scale, with a digit to spare, the query uses 18 (`narrowDecimals`); else 38, as before. The
 * amounts that do not come from the cards (a charged amount, a duration) stay 38 wide (`wideDecimal`).
 */
import { toDecimalString, type Ratio } from '../money/money';
import type { CardEpoch } from './card-epochs';
import type { SqlDialect } from './sql-dialect';

const DIGITS = 18;

/** Digits before the point and after it. */
function size(values: Iterable<Ratio>): { whole: number; scale: number } {
  let whole = 1;
  let scale = 0;
  for (const v of values) {
    const [int, fraction = ''] = toDecimalString(v).replace('-', '').split('.');
    whole = Math.max(whole, int.replace(/^0+/, '').length || 1);
    scale = Math.max(scale, fraction.length);
  }
  return { whole, scale };
}

/** Whether every amount of the query fits 18 digits (17, keeping one to spare for a sum or difference). */
export function fitsNarrow(epochs: readonly CardEpoch[]): boolean {
  const rates: Ratio[] = [];
  const multipliers: Ratio[] = [];
  const clamps: Ratio[] = [];
  const vendor: Ratio[] = [];
  const prices: Ratio[] = [];
  for (const e of epochs) {
    if (e.internal) {
      rates.push(...e.internal.rates.values());
      multipliers.push(...e.internal.models.values(), e.internal.unknownModel);
      clamps.push(e.internal.minUsd, e.internal.maxUsd);
    }
    for (const card of [e.vendor, ...e.others.map((o) => o.vendor)]) {
      if (!card) continue;
      for (const choices of card.choicesByModel.values())
        for (const choice of choices)
          if (choice.ok) vendor.push(...choice.row.rates.values(), ...choice.row.clips.values());
    }
    for (const u of [e.unitPrice, ...e.others.map((o) => o.unitPrice)]) if (u) prices.push(u.amount);
  }
  const [r, m, c, v, p] = [rates, multipliers, clamps, vendor, prices].map(size);
  const seconds = 4; // up to 3600 s (a vendor's offer up to 3601 s)
  const fits = (whole: number, scale: number) => whole + scale <= DIGITS - 1;
  return (
    fits(r.whole + m.whole + seconds, r.scale + m.scale) &&
    fits(c.whole, Math.max(c.scale, 2)) &&
    fits(v.whole + seconds, v.scale) &&
    fits(v.whole + seconds + p.whole, v.scale + p.scale)
  );
}

/** The dialect with DECIMALs of 18 digits (DuckDB only: the others keep theirs). */
export function narrowDecimals(d: SqlDialect): SqlDialect {
  if (d.name !== 'duckdb') return d;
  return { ...d, decimal: (scale) => `DECIMAL(${DIGITS}, ${scale})` };
}
