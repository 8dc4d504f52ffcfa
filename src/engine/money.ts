/**
 * Exact decimal money for the engine, and the only module that imports the money library.
 *
 * Amounts are dinero.js v2 objects over `bigint` (integer amount + scale), so no product of
 * rate-card factors can overflow or lose a digit. Decimal strings from rate cards ("1.15")
 * become scaled integers (115 at scale 2) by reading their digits, never through a float.
 * Rounding happens only where a caller names a mode (`roundTo`).
 */
import {
  add,
  compare,
  dinero,
  down,
  halfEven,
  halfUp,
  multiply,
  subtract,
  toDecimal,
  toSnapshot,
  transformScale,
  trimScale,
  type Dinero,
  type DineroCurrency,
  type DineroDivideOperation,
} from 'dinero.js/bigint';
import { USD } from 'dinero.js/bigint/currencies';

/** An amount of US dollars, exact. */
export type Money = Dinero<bigint> & { readonly __unit?: 'usd' };
/** An amount of vendor units or app credits, exact. */
export type Quantity = Dinero<bigint> & { readonly __unit?: 'quantity' };
/** A dimensionless exact factor, e.g. 1.15 = { amount: 115n, scale: 2n }. */
export interface Ratio {
  readonly amount: bigint;
  readonly scale: bigint;
}

/** How an amount is rounded when its scale shrinks. */
export type RoundingMode = 'half-up' | 'half-even' | 'floor';

// Exponent 0, so that trimming keeps no trailing zeros ("9.6" units, not "9.60").
const UNIT: DineroCurrency<bigint> = { code: 'UNIT', base: 10n, exponent: 0n };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const ratioCache = new Map<string, Ratio>();

/** Reads a decimal string ("0.05", "12", "-1.5") as an exact scaled integer. */
export function toRatio(decimal: string): Ratio {
  const cached = ratioCache.get(decimal);
  if (cached) return cached;
  const match = DECIMAL.exec(decimal);
  if (!match) throw new Error(`not a decimal number: ${JSON.stringify(decimal)}`);
  const [, sign, whole, fraction = ''] = match;
  const ratio = { amount: BigInt(`${sign}${whole}${fraction}`), scale: BigInt(fraction.length) };
  if (ratioCache.size < 10_000) ratioCache.set(decimal, ratio);
  return ratio;
}

/** A whole number as a ratio (seconds, clip counts). */
export function wholeRatio(n: number): Ratio {
  return { amount: BigInt(n), scale: 0n };
}

/** US dollars from a decimal string. */
export function usd(decimal: string): Money {
  const { amount, scale } = toRatio(decimal);
  return dinero({ amount, currency: USD, scale });
}

/** Units or credits from a decimal string. */
export function quantity(decimal: string): Quantity {
  const { amount, scale } = toRatio(decimal);
  return dinero({ amount, currency: UNIT, scale });
}

/** The exact product of an amount and a factor; the scale grows, nothing is rounded. */
export function times<T extends Money | Quantity>(value: T, factor: Ratio): T {
  return multiply(value, factor) as T;
}

/** A quantity read as a dimensionless factor, to multiply a unit price by. */
export function quantityAsRatio(value: Quantity): Ratio {
  const { amount, scale } = toSnapshot(value);
  return { amount, scale };
}

const ROUNDERS: Record<RoundingMode, DineroDivideOperation> = {
  'half-up': halfUp,
  'half-even': halfEven,
  floor: down,
};

/** Rounds to `decimals` places with the named mode; the only place rounding happens. */
export function roundTo<T extends Money | Quantity>(value: T, decimals: number, mode: RoundingMode): T {
  return transformScale(value, BigInt(decimals), ROUNDERS[mode]) as T;
}

export function minus<T extends Money | Quantity>(a: T, b: T): T {
  return subtract(a, b) as T;
}

/** -1, 0 or 1, exact whatever the scales. */
export function compareAmounts<T extends Money | Quantity>(a: T, b: T): -1 | 0 | 1 {
  return Number(compare(a, b)) as -1 | 0 | 1;
}

/**
 * The exact decimal text of an amount, trailing zeros trimmed but at least `minDecimals`
 * places ("1.12", "0.5292", "8", "1.50" with minDecimals 2). The digits are read off the
 * integer amount and its scale (dinero's `toDecimal` gives the same text, more slowly: this
 * runs for every line of a bulk re-pricing).
 */
export function toDecimalString(value: Money | Quantity, minDecimals = 0): string {
  const { amount, scale } = toSnapshot(value);
  return scaledToString(amount, Number(scale), minDecimals);
}

function scaledToString(amount: bigint, scale: number, minDecimals: number): string {
  const negative = amount < 0n;
  let digits = (negative ? -amount : amount).toString();
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  let whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  let end = fraction.length;
  while (end > minDecimals && fraction.charCodeAt(end - 1) === 48) end -= 1;
  fraction = fraction.slice(0, end).padEnd(minDecimals, '0');
  if (whole === '') whole = '0';
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** dinero's own decimal text, for checking `toDecimalString` against. */
export function toDecimalViaDinero(value: Money | Quantity): string {
  return toDecimal(trimScale(value));
}


/**
 * `part / whole × 100`, rounded half-up to `decimals` places, as text. dinero.js has no
 * division, and a percentage is not money, so this is integer division on the two exact
 * amounts brought to one scale. `whole` must not be zero.
 */
export function percentOf(part: Money, whole: Money, decimals = 1): string {
  const p = toSnapshot(part);
  const w = toSnapshot(whole);
  const scale = p.scale > w.scale ? p.scale : w.scale;
  const pa = p.amount * 10n ** (scale - p.scale);
  const wa = w.amount * 10n ** (scale - w.scale);
  if (wa === 0n) throw new Error('percentOf: whole is zero');
  return scaledToString(divideHalfUp(pa * 100n * 10n ** BigInt(decimals), wa), decimals, decimals);
}

/** n / d for integers, rounded half away from zero. */
function divideHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return negative ? -q : q;
}

/**
 * `value / divisor`, rounded half-up to `decimals` places: a per-clip figure from a total
 * (dinero.js has no division). Display only; totals are never rebuilt from it.
 */
export function divideBy<T extends Money | Quantity>(value: T, divisor: bigint, decimals: number): T {
  if (divisor === 0n) throw new Error('divideBy: divisor is zero');
  const { amount, scale, currency } = toSnapshot(value);
  const rounded = divideHalfUp(amount * 10n ** BigInt(decimals), divisor * 10n ** scale);
  return dinero({ amount: rounded, currency, scale: BigInt(decimals) }) as T;
}

export function plus<T extends Money | Quantity>(a: T, b: T): T {
  return add(a, b) as T;
}

/** The sum of amounts of one kind (zero for none). */
export function sum<T extends Money | Quantity>(values: readonly T[], zero: T): T {
  return values.reduce((total, v) => add(total, v) as T, zero);
}

/** How many whole `each` fit in `total` (floor of the exact quotient); `each` must be > 0. */
export function howManyFit(total: Money, each: Money): number {
  const t = toSnapshot(total);
  const e = toSnapshot(each);
  const scale = t.scale > e.scale ? t.scale : e.scale;
  const ta = t.amount * 10n ** (scale - t.scale);
  const ea = e.amount * 10n ** (scale - e.scale);
  if (ea <= 0n) throw new Error('howManyFit: each must be positive');
  return ta <= 0n ? 0 : Number(ta / ea);
}
