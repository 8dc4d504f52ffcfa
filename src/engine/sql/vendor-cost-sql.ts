/**
 * SPEC §3 in SQL, as `pricing/vendor-cost.ts` prices the chosen card: the row chosen for the
 * kind of request (from the card table, decided by the engine's `chooseRow`), the vendor's
 * duration rule of §3.2 (`vendor-duration.ts`), the tier (`vendor-row.ts`), units × the unit
 * price, or why the cost is unavailable, in the engine's words.
 */
import { AS_OF_MARK } from './card-epochs';
import type { SqlDialect } from './sql-dialect';
import { jsNumber } from './sql-text';

const RANK = (r: string) => `CASE ${r} WHEN '480p' THEN 0 WHEN '720p' THEN 1 WHEN '1080p' THEN 2 ELSE 3 END`;

/**
 * SELECT items over a line joined to its vendor row and its span (columns of `rp_vendor` and
 * `rp_epochs`): rounded and billed seconds, tier.
 */
export function vendorSecondsColumns(d: SqlDialect, slots: number): string {
  // Math.floor(seconds + 0.5) of vendor-duration.ts, on the same double.
  // (Bounded before the cast: a refused line may hold any number.)
  const rounded = 'CAST(LEAST(GREATEST(FLOOR(seconds_double + 0.5), 0), 3601) AS INTEGER)';
  const offered = Array.from({ length: slots }, (_, i) => `WHEN ${rounded} <= o${i + 1} THEN o${i + 1}`);
  const byMode = `CASE WHEN mode = 'pro' THEN '1080p' ELSE '720p' END`;
  const text = d.name === 'bigquery' ? 'STRING' : 'VARCHAR';
  return [
    `${rounded} AS vendor_rounded`,
    `CASE WHEN offer_min IS NOT NULL
        THEN (CASE WHEN ${rounded} > offer_max THEN NULL ELSE GREATEST(${rounded}, offer_min) END)
      ELSE (CASE ${offered.join(' ')} END) END AS vendor_seconds`,
    `CASE WHEN basis = 'per-second' THEN (CASE WHEN tier_by = 'resolution' THEN resolution
      WHEN ${RANK('resolution')} > ${RANK(byMode)} THEN resolution ELSE ${byMode} END) END AS vendor_tier`,
    `CAST(${rounded} AS ${text}) AS rounded_text`,
  ].join(',\n    ');
}

/** SELECT items over `vendorSecondsColumns`: the amount in the card's unit (or USD), before the unit price. */
export function vendorAmountColumns(d: SqlDialect, slots: number, scale: number): string {
  const clip = Array.from({ length: slots }, (_, i) => `WHEN o${i + 1} THEN c${i + 1}`).join(' ');
  const rate = `CASE vendor_tier WHEN '480p' THEN r_480p WHEN '720p' THEN r_720p WHEN '1080p' THEN r_1080p
      WHEN '4k' THEN r_4k END`;
  const type = d.decimal(scale);
  // Every branch cast to one type: DuckDB gives a CASE its first branch's type, rounding the others.
  const amount = `CASE WHEN basis = 'per-second' THEN CAST(${rate} * vendor_seconds AS ${type})
      ELSE CAST(CASE vendor_seconds ${clip} END AS ${type}) END`;
  return [
    `${rate} AS vendor_rate`,
    `CASE WHEN floor_units THEN CAST(FLOOR(${amount}) AS ${type}) ELSE ${amount} END AS vendor_amount`,
  ].join(',\n    ');
}

/**
 * Why the chosen card cannot price the line (NULL: it can), in `vendor-cost.ts`'s order:
 * not yet in force, no such model, no row for the kind, the duration, the tier, the unit price.
 */
export function vendorReason(d: SqlDialect): string {
  const requested = `CASE WHEN seconds_double = vendor_rounded THEN rounded_text || ' s'
      ELSE ${jsNumber(d, 'seconds_double')} || ' s rounds to ' || rounded_text || ' s' END`;
  return `CASE
      WHEN vendor_reason IS NOT NULL THEN replace(vendor_reason, ${d.string(AS_OF_MARK)}, price_date)
      WHEN v_epoch IS NULL THEN vendor_title || ' has no price for model ' || model
      WHEN v_reason IS NOT NULL THEN v_reason
      WHEN vendor_seconds IS NULL THEN ${requested} || '; ' || offer_words
      WHEN basis = 'per-second' AND vendor_rate IS NULL
        THEN label || ' is offered at ' || rates_offered || ', not at ' || vendor_tier
      WHEN basis = 'per-clip' AND vendor_amount IS NULL
        THEN label || ' has no ' || CAST(vendor_seconds AS ${d.textType}) || ' s clip'
      WHEN vendor_unit <> 'usd' AND unit_price IS NULL THEN 'no unit price for ' || unit_name
    END`;
}

/** The vendor's USD over `vendor_amount` (the amount itself on a card in USD). */
export function vendorUsd(d: SqlDialect, scale: number): string {
  const type = d.decimal(scale);
  const inUnits = `CAST(vendor_amount * unit_price AS ${type})`;
  return `CASE WHEN vendor_unit = 'usd' THEN CAST(vendor_amount AS ${type}) ELSE ${inUnits} END`;
}
