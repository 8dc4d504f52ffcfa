/**
 * The last step of the query: each output column (PRICED_COLUMNS) from the exact amounts,
 * written as the engine writes them (`toDecimalString`, `percentOf`, `formatStamp`).
 */
import { AS_OF_MARK } from './card-epochs';
import type { SqlDialect } from './sql-dialect';
import { decimalText } from './sql-text';
import { reconcileColumns } from './reconcile-sql';
import { vendorOthersJson } from './vendor-others-sql';
import { warningsJson } from './warnings-sql';

/** `percentOf(margin, charged, 1)`: integer division on the two exact amounts, half away from zero. */
function marginPct(d: SqlDialect, scale: number): string {
  const power = `CAST('1${'0'.repeat(scale)}' AS ${d.wideDecimal(0)})`;
  const n = `CAST(margin_exact * ${power} * 1000 AS ${d.wideDecimal(0)})`;
  const w = `CAST(charged_amount * ${power} AS ${d.wideDecimal(0)})`;
  const q = `(CASE WHEN ${n} < 0 THEN -1 ELSE 1 END * ${d.intDivide(`2 * ABS(${n}) + ${w}`, `2 * ${w}`)})`;
  const text = d.name === 'bigquery' ? 'STRING' : 'VARCHAR';
  const abs = `ABS(${q})`;
  return `CASE WHEN ${q} < 0 THEN '-' ELSE '' END || CAST(${d.intDivide(abs, '10')} AS ${text}) || '.' ||
      CAST(MOD(${abs}, 10) AS ${text})`;
}

export interface PricedScales {
  /** Scale of the charged amount (2, or the clamp's). */
  readonly amount: number;
  /** Scale of the vendor's amount in its unit. */
  readonly vendorAmount: number;
  /** Scale of the vendor's USD (amount × unit price). */
  readonly vendor: number;
  /** Scale of the internal raw amount (rate × multiplier × seconds). */
  readonly internal: number;
}

/** SELECT items over the joined and computed columns: `ok`, `error` and the priced fields. */
export function pricedColumns(d: SqlDialect, honorResolution: boolean, scales: PricedScales, others: number): string {
  const charged = honorResolution ? 'requested' : 'billed';
  const ok = `(line_error IS NULL AND epoch_error IS NULL)`;
  const priced = `(${ok} AND vendor_why IS NULL)`;
  const when = (cond: string, value: string) => `CASE WHEN ${cond} THEN ${value} END`;
  const pct = marginPct(d, Math.max(scales.vendor, 2));
  const rawScale = Math.max(scales.internal, 2);
  const marginScale = Math.max(scales.amount, scales.vendor, 2);
  const units = decimalText(d, 'vendor_amount', 0, scales.vendorAmount);
  const margin = `CAST(margin_exact AS ${d.wideDecimal(marginScale)})`;
  return [
    'line',
    `${ok} AS ok`,
    `coalesce(line_error, replace(epoch_error, ${d.string(AS_OF_MARK)}, price_date)) AS error`,
    'as_of',
    // The duration's own text, or the mark a class of lines replaces with each one's (class-sql.ts).
    when(ok, 'dur_out') + ' AS duration_seconds',
    when(ok, 'input_type_reason') + ' AS input_type_reason',
    ...['model', 'mode', 'resolution', 'input_type', 'audio'].map((c) => `${when(ok, c)} AS ${c}`),
    `${when(ok, decimalText(d, `amount_${charged}`, 2, scales.amount))} AS internal_usd`,
    `${when(ok, decimalText(d, 'amount_billed', 2, scales.amount))} AS internal_usd_as_billed`,
    `${when(ok, decimalText(d, 'amount_requested', 2, scales.amount))} AS internal_usd_at_requested_resolution`,
    `${when(ok, honorResolution ? 'TRUE' : 'FALSE')} AS honor_resolution`,
    `${when(ok, 'internal_seconds')} AS billed_seconds`,
    `${when(ok, decimalText(d, `CAST(raw_${charged} AS ${d.decimal(rawScale)})`, 2, rawScale))} AS raw_usd`,
    `${when(ok, `clamp_${charged}`)} AS clamp`,
    `${when(`${ok} AND clamp_${charged} IS NOT NULL`, decimalText(d, `rounded_${charged}`, 2, 2))} AS unclamped_usd`,
    `${when(ok, 'internal_card')} AS internal_card`,
    `${when(priced, 'vendor_card')} AS vendor_card`,
    `${when(`${priced} AND vendor_unit <> 'usd'`, units)} AS vendor_units`,
    `${when(priced, decimalText(d, 'vendor_usd_exact', 2, scales.vendor))} AS vendor_usd`,
    `${when(priced, 'vendor_seconds')} AS vendor_billed_seconds`,
    `${when(priced, 'vendor_tier')} AS vendor_tier`,
    `${when(`${priced} AND vendor_unit <> 'usd'`, 'package_id')} AS vendor_package`,
    `${when(`${priced} AND vendor_unit <> 'usd'`, 'unit_price_text')} AS vendor_unit_price_usd`,
    `${when(priced, 'approximate')} AS vendor_approximate`,
    `${when(`${ok} AND vendor_why IS NOT NULL`, 'vendor_why')} AS vendor_unavailable`,
    `${when(priced, decimalText(d, margin, 2, marginScale))} AS margin_usd`,
    `${when(priced, pct)} AS margin_pct`,
    `${when(ok, vendorOthersJson(d, others, scales))} AS vendor_others`,
    `${when(ok, warningsJson(d, honorResolution, others, scales))} AS warnings`,
    reconcileColumns(d, honorResolution, scales),
  ].join(',\n    ');
}
