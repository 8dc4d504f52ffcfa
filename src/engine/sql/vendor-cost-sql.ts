/**
 * SPEC §3 in SQL, as `pricing/vendor-cost.ts` prices the chosen card: the row chosen for the
 * kind of request (from the card table, decided by the engine's `chooseRow`), the vendor's
 * duration rule of §3.2 (`vendor-duration.ts`), the tier (`vendor-row.ts`), units × the unit
 * price, or why the cost is unavailable, in the engine's words.
 */
import { AS_OF_MARK } from './card-epochs';
import type { SqlDialect } from './sql-dialect';

/** Names a column of one card's answer: the chosen card's as they are, another card's with its prefix. */
export type Prefix = (name: string) => string;
export const chosenCard: Prefix = (name) => name;
export const otherCard =
  (slot: number): Prefix =>
  (name) =>
    `x${slot}_${name}`;

const RANK = (r: string) => `CASE ${r} WHEN '480p' THEN 0 WHEN '720p' THEN 1 WHEN '1080p' THEN 2 ELSE 3 END`;

/**
 * The second the vendor rounds to: Math.floor(seconds + 0.5) of vendor-duration.ts, on the same
 * double (bounded before the cast: a refused line may hold any number).
 */
export const VENDOR_ROUNDED_SECONDS = 'CAST(LEAST(GREATEST(FLOOR(seconds_double + 0.5), 0), 3601) AS INTEGER)';

/**
 * SELECT items over a line joined to its vendor row and its span (columns of `rp_vendor` and
 * `rp_epochs`): rounded and billed seconds, tier.
 */
export function vendorSecondsColumns(d: SqlDialect, slots: number, p: Prefix = chosenCard): string {
  const rounded = VENDOR_ROUNDED_SECONDS;
  const offered = Array.from(
    { length: slots },
    (_, i) => `WHEN ${rounded} <= ${p(`o${i + 1}`)} THEN ${p(`o${i + 1}`)}`,
  );
  const byMode = `CASE WHEN mode = 'pro' THEN '1080p' ELSE '720p' END`;
  const text = d.name === 'bigquery' ? 'STRING' : 'VARCHAR';
  const own = [
    `CASE WHEN ${p('offer_min')} IS NOT NULL
        THEN (CASE WHEN ${rounded} > ${p('offer_max')} THEN NULL ELSE GREATEST(${rounded}, ${p('offer_min')}) END)
      ELSE (CASE ${offered.join(' ')} END) END AS ${p('vendor_seconds')}`,
    `CASE WHEN ${p('basis')} = 'per-second' THEN (CASE WHEN ${p('tier_by')} = 'resolution' THEN resolution
      WHEN ${RANK('resolution')} > ${RANK(byMode)} THEN resolution ELSE ${byMode} END) END AS ${p('vendor_tier')}`,
  ];
  // The nearest second is the line's own: written once, with the chosen card's columns.
  if (p !== chosenCard) return own.join(',\n    ');
  return [`${rounded} AS vendor_rounded`, ...own, `CAST(${rounded} AS ${text}) AS rounded_text`].join(',\n    ');
}

/** SELECT items over `vendorSecondsColumns`: the amount in the card's unit (or USD), before the unit price. */
export function vendorAmountColumns(d: SqlDialect, slots: number, scale: number, p: Prefix = chosenCard): string {
  const clip = Array.from({ length: slots }, (_, i) => `WHEN ${p(`o${i + 1}`)} THEN ${p(`c${i + 1}`)}`).join(' ');
  const rate = `CASE ${p('vendor_tier')} WHEN '480p' THEN ${p('r_480p')} WHEN '720p' THEN ${p('r_720p')}
      WHEN '1080p' THEN ${p('r_1080p')} WHEN '4k' THEN ${p('r_4k')} END`;
  const type = d.decimal(scale);
  // Every branch cast to one type: DuckDB gives a CASE its first branch's type, rounding the others.
  const amount = `CASE WHEN ${p('basis')} = 'per-second' THEN CAST(${rate} * ${p('vendor_seconds')} AS ${type})
      ELSE CAST(CASE ${p('vendor_seconds')} ${clip} END AS ${type}) END`;
  return [
    `${rate} AS ${p('vendor_rate')}`,
    `CASE WHEN ${p('floor_units')} THEN CAST(FLOOR(${amount}) AS ${type}) ELSE ${amount} END AS ${p('vendor_amount')}`,
  ].join(',\n    ');
}

/**
 * Why the chosen card cannot price the line (NULL: it can), in `vendor-cost.ts`'s order:
 * not yet in force, no such model, no row for the kind, the duration, the tier, the unit price.
 */
export function vendorReason(d: SqlDialect, p: Prefix = chosenCard): string {
  const requested = `CASE WHEN seconds_double = vendor_rounded THEN rounded_text || ' s'
      ELSE dur_out || ' s rounds to ' || rounded_text || ' s' END`;
  const notYet =
    p === chosenCard
      ? `WHEN vendor_reason IS NOT NULL THEN replace(vendor_reason, ${d.string(AS_OF_MARK)}, price_date)`
      : '';
  return `CASE
      ${notYet}
      WHEN ${p('v_epoch')} IS NULL THEN ${p('vendor_title')} || ' has no price for model ' || model
      WHEN ${p('v_reason')} IS NOT NULL THEN ${p('v_reason')}
      WHEN ${p('vendor_seconds')} IS NULL THEN ${requested} || '; ' || ${p('offer_words')}
      WHEN ${p('basis')} = 'per-second' AND ${p('vendor_rate')} IS NULL
        THEN ${p('label')} || ' is offered at ' || ${p('rates_offered')} || ', not at ' || ${p('vendor_tier')}
      WHEN ${p('basis')} = 'per-clip' AND ${p('vendor_amount')} IS NULL
        THEN ${p('label')} || ' has no ' || CAST(${p('vendor_seconds')} AS ${d.textType}) || ' s clip'
      WHEN ${p('vendor_unit')} <> 'usd' AND ${p('unit_price')} IS NULL THEN 'no unit price for ' || ${p('unit_name')}
    END`;
}

/** The vendor's USD over `vendor_amount` (the amount itself on a card in USD). */
export function vendorUsd(d: SqlDialect, scale: number, p: Prefix = chosenCard): string {
  const type = d.decimal(scale);
  const inUnits = `CAST(${p('vendor_amount')} * ${p('unit_price')} AS ${type})`;
  return `CASE WHEN ${p('vendor_unit')} = 'usd' THEN CAST(${p('vendor_amount')} AS ${type}) ELSE ${inUnits} END`;
}
