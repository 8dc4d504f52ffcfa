/**
 * Text the SQL writes as the engine writes it: exact decimals with their trailing zeros
 * trimmed (`toDecimalString`), numbers as JavaScript prints them, values as `describeValue`
 * quotes them, and JavaScript's `trim()` whitespace.
 */
import type { JsonKind, SqlDialect } from './sql-dialect';

/** The characters JavaScript's `String.prototype.trim` removes, as an RE2 class body. */
export const JS_SPACE =
  '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';

/** The same characters, themselves. */
export const JS_SPACE_CHARS =
  '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000\ufeff';

/** JavaScript's `text.trim()`. */
export const jsTrim = (d: SqlDialect, text: string): string => d.trimChars(text, JS_SPACE_CHARS);

export const isBlank = (d: SqlDialect, text: string): string => `(${jsTrim(d, text)} = '')`;

/**
 * A member column (`f_<name>`) has its kind and its text read once, in columns `t_<name>` and
 * `s_<name>` (`memberKinds`): these give them; any other JSON expression is read where it stands.
 */
const MEMBER = /^f_(\w+)$/;
export const kindOf = (d: SqlDialect, v: string): string => (MEMBER.test(v) ? v.replace(MEMBER, 't_$1') : d.kindOf(v));
export const kindIs = (d: SqlDialect, v: string, kinds: readonly JsonKind[]): string => d.kindIn(kindOf(d, v), kinds);
export const textOf = (d: SqlDialect, v: string): string =>
  MEMBER.test(v) ? v.replace(MEMBER, 's_$1') : d.scalarText(v);

/** SELECT items: each member's kind and text, read once. */
export function memberKinds(d: SqlDialect, names: readonly string[]): string {
  return names.map((n) => `${d.kindOf(`f_${n}`)} AS t_${n},\n    ${d.scalarText(`f_${n}`)} AS s_${n}`).join(',\n    ');
}

/**
 * An exact decimal as `toDecimalString(value, minDecimals)` writes it; `scale`, its type's places
 * (≥ minDecimals), saves the trimming when there is nothing to trim.
 */
export function decimalText(d: SqlDialect, value: string, minDecimals: 0 | 1 | 2, scale = 38): string {
  const text = `CAST(${value} AS ${d.textType})`;
  if (d.name !== 'bigquery' && scale <= minDecimals) return text;
  if (d.name === 'duckdb') {
    // Written with exactly `scale` places: the zeros past minDecimals dropped, and the point when none is left.
    // One regular expression over one cast (each mention of a cast is computed again: three cost twice as much).
    const trailing = ['\\.0+$|(\\.\\d*?[1-9])0+$', '(\\.\\d\\d*?)0+$', '(\\.\\d\\d\\d*?)0+$'][minDecimals];
    return regexpReplace(d, text, trailing, '\\1');
  }
  // BigQuery writes a BIGNUMERIC with no trailing zeros: only the padding is left to do.
  if (d.name === 'bigquery') {
    if (minDecimals === 0) return text;
    const pad = minDecimals === 2 ? '.00' : '.0';
    return `CASE WHEN STRPOS(${text}, '.') = 0 THEN ${text} || '${pad}'
      WHEN LENGTH(${text}) - STRPOS(${text}, '.') < ${minDecimals} THEN ${text} || '0' ELSE ${text} END`;
  }
  if (minDecimals === 0) return `${regexpReplace(d, regexpReplace(d, text, '(\\.\\d*?)0+$', '\\1'), '\\.$', '')}`;
  return regexpReplace(d, text, `(\\.\\d{${minDecimals}}\\d*?)0+$`, '\\1');
}

export function regexpReplace(d: SqlDialect, text: string, regex: string, replacement: string): string {
  const r = d.string(regex);
  const to = d.name === 'duckdb' ? d.string(replacement) : d.string(replacement.replace('\\1', '$1'));
  return d.name === 'duckdb' ? `regexp_replace(${text}, ${r}, ${to}, 'g')` : `regexp_replace(${text}, ${r}, ${to})`;
}

/**
 * A DOUBLE as JavaScript's `String(n)` writes it. A whole number under 2^53 is its own digits; from
 * there to 1e21 JavaScript writes the shortest digits that read back, then zeros (12345678901234567890
 * is 12345678901234567000, not the double's exact 12345678901234567168); from 1e-6 to 1e-4 it writes
 * a decimal where SQL engines write an exponent (0.00001, not 1e-05); past the largest double,
 * Infinity (1e400 in JSON).
 */
export function jsNumber(d: SqlDialect, double: string): string {
  const whole = `CAST(CAST(${double} AS ${d.wideDecimal(0)}) AS ${d.textType})`;
  const other = regexpReplace(d, d.doubleText(double), '[eE]([+-])0*(\\d)', 'e\\1\\2');
  const sign = `(CASE WHEN ${double} < 0 THEN '-' ELSE '' END)`;
  // |n| in the engine's shortest digits: "1.2345678901234567e+19" or "1.5e-06"; without an exponent as is.
  const shortest = d.doubleText(`ABS(${double})`);
  const exponent = (signs: string) => `CAST(${d.extract(shortest, `[eE]${signs}0*(\\d+)$`, 1)} AS INTEGER)`;
  const scientific = (signs: string) => d.fullMatch(shortest, `\\d(\\.\\d+)?[eE]${signs}\\d+`);
  // Its significant digits, the point and the zeros after the last left out ("1.0E-5" writes 1).
  const digits = regexpReplace(
    d,
    `${d.extract(shortest, '^(\\d)', 1)} || ${d.extract(shortest, '^\\d\\.?(\\d*)[eE]', 1)}`,
    '(\\d)0+$',
    '\\1',
  );
  const large = `CASE WHEN ${scientific('\\+?')} THEN rpad(${digits}, ${exponent('\\+?')} + 1, '0')
    ELSE ${regexpReplace(d, shortest, '\\.0$', '')} END`;
  const small = `CASE WHEN ${scientific('-')} THEN '0.' || repeat('0', ${exponent('-')} - 1) || ${digits}
    ELSE ${shortest} END`;
  return `CASE WHEN ${double} = FLOOR(${double}) AND ABS(${double}) < 9007199254740992 THEN ${whole}
    WHEN ${double} > ${MAX_DOUBLE} THEN 'Infinity' WHEN ${double} < -${MAX_DOUBLE} THEN '-Infinity'
    WHEN ${double} = FLOOR(${double}) AND ABS(${double}) < 1e21 THEN ${sign} || ${large}
    WHEN ABS(${double}) >= 0.000001 AND ABS(${double}) < 0.001 THEN ${sign} || ${small}
    ELSE ${other} END`;
}

/** The largest finite DOUBLE: past it, only an infinity. */
const MAX_DOUBLE = '1.7976931348623157e308';

/** `describeValue`: a number as JavaScript writes it, anything else as JSON, cut at 60 characters. */
export function describe(d: SqlDialect, value: string): string {
  const json = d.jsonText(value);
  const cut = `CASE WHEN length(${json}) > 60 THEN substr(${json}, 1, 59) || '…' ELSE ${json} END`;
  return `CASE WHEN ${kindIs(d, value, ['number'])} THEN ${jsNumber(d, d.tryDouble(json))} ELSE ${cut} END`;
}

/** Whether a JSON member is there and of one of `kinds` (false when missing). */
export const hasKind = (d: SqlDialect, v: string, kinds: readonly JsonKind[]): string =>
  `coalesce(${kindIs(d, v, kinds)}, false)`;

/**
 * SPEC §2.1: absent, null, '' and [] count as absent. A CASE, not an OR: an OR would measure
 * every member as a list, on every line.
 */
export function isAbsent(d: SqlDialect, v: string): string {
  return `(CASE WHEN ${kindOf(d, v)} IS NULL OR ${kindIs(d, v, ['null'])} THEN true
      WHEN ${kindIs(d, v, ['string'])} THEN ${textOf(d, v)} = ''
      WHEN ${kindIs(d, v, ['array'])} THEN ${d.arrayLength(v)} = 0 ELSE false END)`;
}

/** A JSON string that is not blank (`isPresent` of references.ts). */
export const isPresentString = (d: SqlDialect, v: string): string =>
  `(${hasKind(d, v, ['string'])} AND NOT ${isBlank(d, textOf(d, v))})`;
