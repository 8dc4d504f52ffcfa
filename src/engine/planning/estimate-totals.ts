/**
 * SPEC §9's arithmetic, per line and in total, for a month and for the period: our list price
 * (as billed × clips), the customer's price (the discount applied to each line's monthly total
 * and rounded half-up to the cent once; a period is that month × months), vendor units and
 * cost, and the margin after the discount (customer − vendor).
 *
 * Vendor cost is exact. At a package's unit price it is a finite decimal; at the cheapest mix
 * it is units × packages_usd ÷ units_used, a fraction, so every vendor amount (and every margin)
 * is held as a numerator over one shared `divisor`: sums stay exact, and the period's vendor
 * cost is exactly what the packages cost. Only text (`usdOver`) rounds, half-up to 6 decimals.
 */
import {
  divideBy,
  minus,
  percentOf,
  plus,
  quantity,
  roundTo,
  times,
  toDecimalString,
  usd,
  wholeRatio,
  type Money,
  type Quantity,
  type Ratio,
} from '../money/money';
import type { PricedLine } from './estimate-lines';

/** What a Kling unit costs the estimate: `perUnit ÷ divisor` USD (divisor 1 but at the cheapest mix). */
export interface UnitCost {
  readonly perUnit: Money;
  readonly divisor: bigint;
}

/** One line's, or the total's, amounts for a month or for the period. */
export interface Amounts {
  /** Our list price; null on a line without an internal price (totals count it as 0). */
  readonly internal: Money | null;
  /** After the discount, to the cent; null where `internal` is. */
  readonly customer: Money | null;
  /** Vendor units; null on a line whose vendor rate is in USD. */
  readonly units: Quantity | null;
  /** Vendor USD × divisor, exact. */
  readonly vendorScaled: Money;
  /** (customer − vendor) × divisor, exact; a line without revenue has −vendor. */
  readonly marginScaled: Money;
}

export interface LineAmounts {
  readonly line: PricedLine;
  readonly month: Amounts;
  readonly period: Amounts;
}

export interface EstimateTotals {
  readonly divisor: bigint;
  /** What a Kling unit costs (the user's vendor discount in it). */
  readonly cost: UnitCost;
  /** The user's vendor discount as a factor, for prices of their own; null: none. */
  readonly vendorKeep: Ratio | null;
  readonly lines: readonly LineAmounts[];
  readonly month: Amounts;
  readonly period: Amounts;
}

const ZERO = usd('0');

/** (100 − pct) %, as an exact factor. */
export function keepAfter(pct: string): Ratio {
  return times(minus(usd('100'), usd(pct)), { amount: 1n, scale: 2n });
}

/** The vendor amount × divisor as USD text: exact at divisor 1, else rounded half-up to 6 decimals. */
export function usdOver(scaled: Money, divisor: bigint): string {
  return toDecimalString(divisor === 1n ? scaled : divideBy(scaled, divisor, 6), 2);
}

/** Margin as a percentage of the customer's price, one decimal; null without revenue. */
export function marginPct(a: Amounts, divisor: bigint): string | null {
  if (!a.customer || a.customer.amount === 0n) return null;
  return percentOf(a.marginScaled, times(a.customer, { amount: divisor, scale: 0n }), 1);
}

/** The vendor USD of one clip or task × the divisor, exact. */
export function vendorEachScaled(line: PricedLine, cost: UnitCost, vendorKeep: Ratio | null): Money {
  if (line.packaged && line.unitsEach) return times(cost.perUnit, line.unitsEach);
  // Its own price (Kolors, try-on, a custom USD rate), with the user's vendor discount if any.
  const own = times(line.ownUsdEach ?? ZERO, { amount: cost.divisor, scale: 0n });
  return vendorKeep ? times(own, vendorKeep) : own;
}

function lineMonth(line: PricedLine, discountKeep: Ratio, cost: UnitCost, vendorKeep: Ratio | null): Amounts {
  const n = wholeRatio(line.count);
  const internal = line.internalEach ? times(line.internalEach, n) : null;
  // SPEC §9: the discount on the line's monthly total, rounded half-up to the cent once.
  const customer = internal ? roundTo(times(internal, discountKeep), 2, 'half-up') : null;
  const units = line.unitsEach ? times(line.unitsEach, n) : null;
  const vendorScaled = times(vendorEachScaled(line, cost, vendorKeep), n);
  const customerScaled = times(customer ?? ZERO, { amount: cost.divisor, scale: 0n });
  return { internal, customer, units, vendorScaled, marginScaled: minus(customerScaled, vendorScaled) };
}

function scale(a: Amounts, months: number): Amounts {
  const m = wholeRatio(months);
  return {
    internal: a.internal && times(a.internal, m),
    customer: a.customer && times(a.customer, m),
    units: a.units && times(a.units, m),
    vendorScaled: times(a.vendorScaled, m),
    marginScaled: times(a.marginScaled, m),
  };
}

function add(rows: readonly Amounts[]): Amounts {
  const total = <T extends Money | Quantity>(pick: (a: Amounts) => T | null, zero: T): T =>
    rows.reduce((sum, a) => plus(sum, pick(a) ?? zero), zero);
  return {
    internal: total((a) => a.internal, ZERO),
    customer: total((a) => a.customer, ZERO),
    units: total((a) => a.units, quantity('0')),
    vendorScaled: total((a) => a.vendorScaled, ZERO),
    marginScaled: total((a) => a.marginScaled, ZERO),
  };
}

/**
 * Every line's month and period, and the totals. `cost` prices a Kling unit (with the user's
 * vendor discount in it, if any); `vendorKeep` is that discount's factor for the lines priced in
 * USD of their own.
 */
export function estimateTotals(
  lines: readonly PricedLine[],
  months: number,
  discountPct: string,
  cost: UnitCost,
  vendorKeep: Ratio | null,
): EstimateTotals {
  const discountKeep = keepAfter(discountPct);
  const rows = lines.map((line) => {
    const month = lineMonth(line, discountKeep, cost, vendorKeep);
    return { line, month, period: scale(month, months) };
  });
  const month = add(rows.map((r) => r.month));
  return { divisor: cost.divisor, cost, vendorKeep, lines: rows, month, period: scale(month, months) };
}
