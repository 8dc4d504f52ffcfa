/**
 * SPEC §2 in SQL, as `pricing/internal-price.ts` computes it: ceil(seconds) × the exact rate
 * (base × resolution × input, from the card table) × the model's multiplier, rounded once to
 * the cent by the card's mode, then clamped; as billed (the card's billed resolution) and at
 * the requested resolution. Exact DECIMAL throughout.
 */
import type { SqlDialect } from './sql-dialect';

/** Rounded to the cent by the card's mode (column `rounding`): half-up, or half-even done by hand. */
export function roundCents(d: SqlDialect, raw: string): string {
  const cents = `(${raw} * 100)`;
  const floor = `FLOOR(${cents})`;
  const rest = `(${cents} - ${floor})`;
  const even = `CASE WHEN ${rest} > 0.5 THEN ${floor} + 1 WHEN ${rest} < 0.5 THEN ${floor}
        WHEN MOD(CAST(${floor} AS ${d.decimal(0)}), 2) = 0 THEN ${floor} ELSE ${floor} + 1 END`;
  // ROUND on an exact decimal rounds half away from zero in DuckDB, Spark and BigQuery: half-up here (≥ 0).
  return `CAST(CASE WHEN rounding = 'half-even' THEN (${even}) * 0.01 ELSE ROUND(${raw}, 2) END AS ${d.decimal(2)})`;
}

/**
 * The whole seconds the internal price bills (`internalSeconds`): the duration is the engine's own
 * number (a double, as JavaScript reads it), so its ceiling is exact.
 */
export const BILLED_SECONDS = 'CAST(LEAST(GREATEST(CEIL(seconds_double), 1), 3600) AS INTEGER)';

/**
 * SELECT items over a line joined to its span (`rp_epochs` e), its rates at the billed (`rb`)
 * and requested (`rr`) resolutions and its model (`m`): the seconds and the raw amounts.
 */
export function rawColumns(d: SqlDialect, scale: number, multiplierScale: number): string {
  const seconds = BILLED_SECONDS;
  const type = d.decimal(multiplierScale);
  // Every branch cast to one type: DuckDB gives COALESCE and CASE the first branch's type, rounding the others.
  const multiplier = `coalesce(CAST(m.multiplier AS ${type}), CAST(e.unknown_model AS ${type}))`;
  const raw = (rate: string) => `CAST(${rate} * ${multiplier} AS ${d.decimal(scale)}) * ${seconds}`;
  return [
    `${seconds} AS internal_seconds`,
    `${raw('rb.rate')} AS raw_billed`,
    `${raw('rr.rate')} AS raw_requested`,
  ].join(',\n    ');
}

/** SELECT items over `raw_billed`/`raw_requested`: rounded, clamp applied, amount; for both. */
export function clampColumns(d: SqlDialect, amountScale: number): string {
  const type = d.decimal(amountScale);
  const items: string[] = [];
  for (const which of ['billed', 'requested']) {
    const rounded = roundCents(d, `raw_${which}`);
    items.push(`${rounded} AS rounded_${which}`);
    items.push(
      `CASE WHEN ${rounded} < clamp_min THEN 'floor' WHEN ${rounded} > clamp_max THEN 'cap' END AS clamp_${which}`,
    );
    items.push(
      `CASE WHEN ${rounded} < clamp_min THEN CAST(clamp_min AS ${type}) WHEN ${rounded} > clamp_max ` +
        `THEN CAST(clamp_max AS ${type}) ELSE CAST(${rounded} AS ${type}) END AS amount_${which}`,
    );
  }
  return items.join(',\n    ');
}
