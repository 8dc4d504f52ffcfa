/**
 * Exact decimal money for the engine, and the only module that imports the money library.
 *
 * An amount is an integer and a scale (1.15 = 115 at scale 2), held as a plain record over
 * `bigint`, so no product of rate-card factors can overflow or lose a digit. Products, sums
 * and comparisons of such integers are exact by construction; rounding, the one step that
 * loses digits, is dinero.js's own named rounding functions over its bigint calculator,
 * applied only where a caller names a mode (`roundTo`). Decimal strings are read by their
 * digits, never through a float.
 * (Why not dinero objects: docs/decisions/0012-money-as-scaled-integers.md.)
 */
import { calculator, down, halfAwayFromZero, halfEven, halfUp, type DineroDivideOperation } from 'dinero.js/bigint';

/** An exact decimal: `amount × 10^-scale`. */
export interface Ratio {
  readonly amount: bigint;
  readonly scale: bigint;
}

/** An amount of US dollars, exact. */
export type Money = Ratio & { readonly __unit?: 'usd' };
/** An amount of vendor units or app credits, exact. */
export type Quantity = Ratio & { readonly __unit?: 'quantity' };

/** How an amount is rounded when its scale shrinks. */
export type RoundingMode = 'half-up' | 'half-even' | 'floor';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const POWERS = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));
/** Half of each power above 10^0, for the ties of rounding. */
const HALVES = POWERS.map((p) => p / 2n);
const SCALES = Array.from({ length: 40 }, (_, i) => BigInt(i));

/** 10^n, from a table for the scales cards use. */
export function power(n: bigint): bigint {
  return n < 40n ? POWERS[Number(n)] : 10n ** n;
}

/** a ÷ b rounded up, for a ≥ 0 and b > 0 (the least whole number at or above it). */
export const ceilDivide = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** Reads a decimal string ("0.05", "12", "-1.5") as an exact scaled integer. */
export function toRatio(decimal: string): Ratio {
  const match = DECIMAL.exec(decimal);
  if (!match) throw new Error(`not a decimal number: ${JSON.stringify(decimal)}`);
  const [, sign, whole, fraction = ''] = match;
  return { amount: BigInt(`${sign}${whole}${fraction}`), scale: BigInt(fraction.length) };
}

/** A whole number as a ratio (seconds, clip counts). */
export function wholeRatio(n: number): Ratio {
  return { amount: BigInt(n), scale: 0n };
}

/** US dollars from a decimal string. */
export const usd: (decimal: string) => Money = toRatio;

/** Units or credits from a decimal string. */
export const quantity: (decimal: string) => Quantity = toRatio;

/** The exact product of an amount and a factor; the scale grows, nothing is rounded. */
export function times<T extends Money | Quantity>(value: T, factor: Ratio): T {
  return { amount: value.amount * factor.amount, scale: value.scale + factor.scale } as T;
}

/** A quantity read as a dimensionless factor, to multiply a unit price by. */
export function quantityAsRatio(value: Quantity): Ratio {
  return value;
}

/** The amount at a larger scale, exactly. */
function atScale(value: Ratio, scale: bigint): bigint {
  return value.scale === scale ? value.amount : value.amount * power(scale - value.scale);
}

const ROUNDERS: Record<RoundingMode, DineroDivideOperation> = {
  'half-up': halfUp,
  'half-even': halfEven,
  floor: down,
};

/**
 * `amount / 10^places` rounded with `mode`: integer division of the exact amount. A
 * non-negative amount (every price and cost) is rounded here by its quotient and remainder;
 * the rules are dinero.js's, held equal to its functions by a property test (decision 73). A
 * negative one goes to dinero.js itself.
 */
function divideRounded(amount: bigint, places: number, mode: RoundingMode): bigint {
  const divisor = places < 40 ? POWERS[places] : 10n ** BigInt(places);
  if (amount < 0n) return ROUNDERS[mode](amount, divisor, calculator);
  const quotient = amount / divisor;
  if (mode === 'floor') return quotient;
  const remainder = amount % divisor;
  const half = places < 40 ? HALVES[places] : divisor / 2n;
  if (remainder > half) return quotient + 1n;
  if (remainder < half) return quotient;
  // Exactly half (the divisor, a power of ten above 1, is even): half-up goes up, half-even to the even one.
  return mode === 'half-up' || quotient % 2n === 1n ? quotient + 1n : quotient;
}

/** Rounds to `decimals` places with the named mode; the only place rounding happens. */
export function roundTo<T extends Money | Quantity>(value: T, decimals: number, mode: RoundingMode): T {
  const scale = decimals >= 0 && decimals < 40 ? SCALES[decimals] : BigInt(decimals);
  const drop = Number(value.scale) - decimals;
  if (drop <= 0) return { amount: atScale(value, scale), scale } as T;
  return { amount: divideRounded(value.amount, drop, mode), scale } as T;
}

export function plus<T extends Money | Quantity>(a: T, b: T): T {
  const scale = a.scale > b.scale ? a.scale : b.scale;
  return { amount: atScale(a, scale) + atScale(b, scale), scale } as T;
}

export function minus<T extends Money | Quantity>(a: T, b: T): T {
  const scale = a.scale > b.scale ? a.scale : b.scale;
  return { amount: atScale(a, scale) - atScale(b, scale), scale } as T;
}

/** -1, 0 or 1, exact whatever the scales. */
export function compareAmounts<T extends Money | Quantity>(a: T, b: T): -1 | 0 | 1 {
  const scale = a.scale > b.scale ? a.scale : b.scale;
  const x = atScale(a, scale);
  const y = atScale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The sum of amounts of one kind (zero for none). */
export function sum<T extends Money | Quantity>(values: readonly T[], zero: T): T {
  return values.reduce((total, v) => plus(total, v), zero);
}

/**
 * The exact decimal text of an amount, trailing zeros trimmed but at least `minDecimals`
 * places ("1.12", "0.5292", "8", "1.50" with minDecimals 2).
 */
export function toDecimalString(value: Money | Quantity, minDecimals = 0): string {
  return scaledToString(value.amount, Number(value.scale), minDecimals);
}

function scaledToString(amount: bigint, scale: number, minDecimals: number): string {
  // A negative amount is not zero, so its text always has a digit other than 0 to sign.
  const negative = amount < 0n;
  let digits = (negative ? -amount : amount).toString();
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  const point = digits.length - scale;
  let end = digits.length;
  while (end > point + minDecimals && digits.charCodeAt(end - 1) === 48) end -= 1;
  let text = end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  if (end - point < minDecimals) text += (end === point ? '.' : '') + '0'.repeat(minDecimals - (end - point));
  return negative ? `-${text}` : text;
}

/** n / d for integers, rounded half away from zero (a percentage of a loss rounds like one of a gain). */
function divideHalfUp(n: bigint, d: bigint): bigint {
  return d < 0n ? halfAwayFromZero(-n, -d, calculator) : halfAwayFromZero(n, d, calculator);
}

/**
 * `part / whole × 100`, rounded half-up to `decimals` places, as text. A percentage is not
 * money: this is integer division on the two exact amounts brought to one scale. `whole`
 * must not be zero.
 */
export function percentOf(part: Money, whole: Money, decimals = 1): string {
  const scale = part.scale > whole.scale ? part.scale : whole.scale;
  const w = atScale(whole, scale);
  if (w === 0n) throw new Error('percentOf: whole is zero');
  const n = atScale(part, scale) * 100n * power(BigInt(decimals));
  return scaledToString(divideHalfUp(n, w), decimals, decimals);
}

/**
 * `value / divisor`, rounded half-up to `decimals` places: a per-clip figure from a total.
 * Display only; totals are never rebuilt from it.
 */
export function divideBy<T extends Money | Quantity>(value: T, divisor: bigint, decimals: number): T {
  if (divisor === 0n) throw new Error('divideBy: divisor is zero');
  const rounded = divideHalfUp(value.amount * power(BigInt(decimals)), divisor * power(value.scale));
  return { amount: rounded, scale: BigInt(decimals) } as T;
}

/** How many whole `each` fit in `total` (floor of the exact quotient); `each` must be > 0. */
export function howManyFit(total: Money, each: Money): number {
  const scale = total.scale > each.scale ? total.scale : each.scale;
  const t = atScale(total, scale);
  const e = atScale(each, scale);
  if (e <= 0n) throw new Error('howManyFit: each must be positive');
  return t <= 0n ? 0 : Number(t / e);
}
