/**
 * The charge fields in SQL (SPEC §8, `request/charge-fields.ts` and `request/instant.ts`):
 * `charged_usd` and `final_unit_deduction` checked for their refusals, and `created_at` read
 * into the instant the line is priced as of (its UTC date picks the cards in force).
 * The check of a charge against the price (`reconcile`) is not written in SQL.
 */
import type { SqlDialect } from './sql-dialect';
import type { RefusalTexts } from './sql-messages';
import { col } from './envelope-sql';
import { describe, hasKind, isBlank, jsNumber, jsTrim, kindIs, kindOf, regexpReplace, textOf } from './sql-text';

/** `absent` of charge-fields.ts: missing, null or a blank string. */
const chargeAbsent = (d: SqlDialect, v: string) =>
  `(CASE WHEN ${v} IS NULL OR ${kindIs(d, v, ['null'])} THEN true ` +
  `WHEN ${kindIs(d, v, ['string'])} THEN ${isBlank(d, textOf(d, v))} ELSE false END)`;

const AMOUNT = '\\d{1,12}(\\.\\d{1,12})?';

/** A string amount as `readAmount` reads it: trimmed, without a leading $ and thousands commas. */
function stringAmount(d: SqlDialect, v: string): string {
  let text = regexpReplace(d, jsTrim(d, textOf(d, v)), '^\\$', '');
  // JavaScript drops a comma before three digits and a non-digit (a lookahead): a few passes do it here.
  for (let i = 0; i < 4; i += 1) text = regexpReplace(d, text, ',(\\d{3})(\\D|$)', '\\1\\2');
  return text;
}

/** Whether an amount reads (`readAmount`): a number in [0, 1e12) without an exponent, or a decimal text. */
function amountReads(d: SqlDialect, v: string): string {
  const n = d.tryDouble(d.jsonText(v));
  const inRange = `${n} >= 0 AND ${n} < 1e12`;
  const asNumber = `(${kindIs(d, v, ['number'])} AND ${inRange} AND ${d.fullMatch(jsNumber(d, n), AMOUNT)})`;
  return `(${asNumber} OR (${kindIs(d, v, ['string'])} AND ${d.fullMatch(stringAmount(d, v), AMOUNT)}))`;
}

/**
 * SELECT items: `charged_text` and `units_text`, the amounts as `readAmount` gives them (NULL when
 * absent); read only on a line whose charge fields were not refused.
 */
export function chargedAmounts(d: SqlDialect): string {
  const amount = (field: string) => {
    const v = col(field);
    const number = jsNumber(d, d.tryDouble(d.jsonText(v)));
    return `CASE WHEN ${chargeAbsent(d, v)} THEN NULL WHEN ${kindIs(d, v, ['number'])} THEN ${number}
      ELSE ${stringAmount(d, v)} END`;
  };
  return `${amount('charged_usd')} AS charged_text,
    ${amount('final_unit_deduction')} AS units_text`;
}

function amountCheck(d: SqlDialect, t: RefusalTexts, field: string): string {
  const v = col(field);
  const refusal = `${d.string(t.charge[field])} || ${describe(d, v)}`;
  return `WHEN NOT ${chargeAbsent(d, v)} AND NOT ${amountReads(d, v)} THEN ${refusal}`;
}

/** Epoch milliseconds of `created_at` when it is a number or a text of 1–16 digits; else NULL. */
function millisecondsOf(d: SqlDialect): string {
  const v = col('created_at');
  const digits = `${kindIs(d, v, ['string'])} AND ${d.fullMatch(jsTrim(d, textOf(d, v)), '\\d{1,16}')}`;
  return `CASE WHEN ${kindIs(d, v, ['number'])} THEN ${d.tryDouble(d.jsonText(v))}
      WHEN ${digits} THEN ${d.tryDouble(jsTrim(d, textOf(d, v)))} END`;
}

const ISO = '(?i)^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$';

/**
 * Columns over the member columns: `created_ms` (DOUBLE), `iso_*` groups; then the instant's
 * text and date, or the refusal. Written as SELECT items, in two steps (`chargeColumns`, `instantColumns`).
 */
export function chargeColumns(d: SqlDialect): string {
  const v = col('created_at');
  const text = jsTrim(d, textOf(d, v));
  const group = (g: number) => `NULLIF(${d.extract(text, ISO, g)}, '')`;
  // Most lines carry no created_at: the CASE on its kind first spares them every regular expression.
  const iso = `${kindOf(d, v)} IS NOT NULL AND ${hasKind(d, v, ['string'])} AND ${d.fullMatch(text, ISO)}`;
  const when = (value: string) => `CASE WHEN ${kindOf(d, v)} IS NULL THEN NULL WHEN ${iso} THEN ${value} END`;
  return [
    `CASE WHEN ${kindOf(d, v)} IS NULL THEN NULL ELSE ${millisecondsOf(d)} END AS created_ms`,
    `${when(group(1))} AS iso_date`,
    `${when(group(2))} AS iso_h`,
    `${when(group(3))} AS iso_m`,
    `${when(`coalesce(${group(4)}, '00')`)} AS iso_s`,
    `${when(group(5))} AS iso_fraction`,
    `${when(`upper(${group(6)})`)} AS iso_zone`,
  ].join(',\n    ');
}

/**
 * The instant as a timestamp (UTC), over the columns of `chargeColumns`; NULL when none reads. A
 * column of its own (`created_ts`, read by `instantColumns`): written out in each of its uses, it
 * made an expression DuckDB took long to plan and to run, even on lines without a `created_at`.
 */
export function instantTimestamp(d: SqlDialect): string {
  const ms = `CASE WHEN created_ms = FLOOR(created_ms) AND created_ms >= 1e12 AND created_ms <= 8.64e15
      THEN ${d.fromEpochMs('created_ms')} END`;
  const fraction = `CAST(rpad(substr(coalesce(iso_fraction, '.'), 2, 3), 3, '0') AS INTEGER)`;
  const zoneMinutes = `CASE WHEN iso_zone IS NULL OR iso_zone = 'Z' THEN 0
      ELSE (CASE WHEN substr(iso_zone, 1, 1) = '-' THEN -1 ELSE 1 END) *
        (CAST(substr(iso_zone, 2, 2) AS INTEGER) * 60
          + CAST(substr(iso_zone, length(iso_zone) - 1, 2) AS INTEGER)) END`;
  const local = d.tryTimestamp('iso_date', `iso_h || ':' || iso_m || ':' || iso_s`);
  const timeOk = `CAST(iso_h AS INTEGER) <= 23 AND CAST(iso_m AS INTEGER) <= 59 AND CAST(iso_s AS INTEGER) <= 59`;
  const dateOk = `coalesce(${d.tryDate('iso_date')} = iso_date, false)`;
  const iso = `CASE WHEN iso_h IS NOT NULL AND ${timeOk} AND ${dateOk}
      THEN ${d.addMs(local, `${fraction} - (${zoneMinutes}) * 60000`)} END`;
  return `CASE WHEN created_ms IS NOT NULL THEN ${ms} ELSE ${iso} END`;
}

/** SELECT items: `created_text`, `created_date` and `charge_error`, over `chargeColumns` and `created_ts`. */
export function instantColumns(d: SqlDialect, t: RefusalTexts): string {
  const v = col('created_at');
  const ts = 'created_ts';
  const formatted = d.formatTimestamp(ts);
  const instantText = `CASE WHEN substr(${formatted}, length(${formatted}) - 3) = '.000'
      THEN substr(${formatted}, 1, length(${formatted}) - 4) || 'Z' ELSE ${formatted} || 'Z' END`;
  const dateOnly = `(iso_date IS NOT NULL AND iso_h IS NULL AND coalesce(${d.tryDate('iso_date')} = iso_date, false))`;
  const seconds = `created_ms * 1000 >= 1e12 AND created_ms * 1000 <= 8.64e15`;
  const hint = `CASE WHEN ${seconds} THEN ' (as seconds it would be ' || substr(${d.formatTimestamp(
    d.fromEpochMs('created_ms * 1000'),
  )}, 1, 10) || ')' ELSE '' END`;
  const instantError = `CASE
      WHEN NOT ${kindIs(d, v, ['number', 'string'])} THEN ${d.string(t.instantType)} || ${describe(d, v)}
      WHEN created_ms IS NOT NULL AND (created_ms <> FLOOR(created_ms) OR created_ms > 8.64e15)
        THEN ${d.string(t.notADate)} || ${describe(d, v)}
      WHEN created_ms IS NOT NULL AND created_ms < 1e12 THEN ${d.string(t.msExpected)} || ${describe(d, v)} || ${hint}
      WHEN created_ms IS NULL AND NOT (${dateOnly}) AND (${ts}) IS NULL
        THEN ${d.string(t.instantText)} || ${describe(d, v)}
    END`;
  const present = `NOT ${chargeAbsent(d, v)}`;
  // Most lines carry no charge: one cheap test first sets them aside (CASE asks the next WHEN of the rest only).
  const fields = [v, col('charged_usd'), col('final_unit_deduction')];
  const none = `WHEN ${fields.map((f) => `${f} IS NULL`).join(' AND ')} THEN NULL`;
  return [
    `CASE WHEN ${v} IS NULL THEN NULL WHEN ${present} AND ${dateOnly} THEN iso_date
      WHEN ${present} THEN ${instantText} END AS created_text`,
    `CASE WHEN ${v} IS NULL THEN NULL WHEN ${present} AND ${dateOnly} THEN iso_date
      WHEN ${present} THEN substr(${formatted}, 1, 10) END AS created_date`,
    `CASE ${none} ${amountCheck(d, t, 'charged_usd')} ${amountCheck(d, t, 'final_unit_deduction')}
      WHEN ${present} THEN ${instantError} END AS charge_error`,
  ].join(',\n    ');
}
