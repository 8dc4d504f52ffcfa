/**
 * SPEC §8's check of a charge in SQL (`pricing/charge-check.ts`, `reconcileRecord`): what was
 * charged (`charged_usd`, `final_unit_deduction`) against the price the card in force gives,
 * `match`, `mismatch` with the difference, or `unchecked` with why. The cause of a mismatch
 * (`charge-causes.ts`: every other way of pricing the line, on every version of the card) is
 * not written in SQL: it is `null` here and `reprice` asks the engine for it, on those lines only
 * (docs/decisions/0057-reprice-reconcile.md).
 */
import type { SqlDialect } from './sql-dialect';
import type { PricedScales } from './priced-columns';
import { decimalText } from './sql-text';

/** Places a charged amount may have (`readAmount`: up to 12). */
const CHARGED_SCALE = 12;

function amountCheck(d: SqlDialect, charged: string, expected: string, min: 0 | 2, scale: number) {
  const places = Math.max(CHARGED_SCALE, scale);
  const amount = `CAST(${charged} AS ${d.wideDecimal(CHARGED_SCALE)})`;
  const difference = `CAST(${amount} - ${expected} AS ${d.wideDecimal(places)})`;
  return {
    status: `CASE WHEN ${difference} = 0 THEN 'match' ELSE 'mismatch' END`,
    difference: decimalText(d, difference, min, places),
  };
}

const NULL_CAUSE = `,"cause_code":null,"cause_card":null`;

/**
 * SELECT items over the priced line: `reconcile_status` and `reconcile` (the JSON object, with
 * the cause of a mismatch left null), both NULL on a line without charge fields or refused.
 */
export function reconcileColumns(d: SqlDialect, honorResolution: boolean, s: PricedScales): string {
  const amount = `amount_${honorResolution ? 'requested' : 'billed'}`;
  const expectedUsd = decimalText(d, amount, 2, s.amount);
  const usd = amountCheck(d, 'charged_text', amount, 2, s.amount);
  const inUnits = `(vendor_why IS NULL AND vendor_unit <> 'usd')`;
  const units = amountCheck(d, 'units_text', 'vendor_amount', 0, s.vendorAmount);
  const unitsStatus = `CASE WHEN units_text IS NULL THEN NULL WHEN ${inUnits} THEN ${units.status}
      ELSE 'unchecked' END`;
  const usdStatus = `CASE WHEN charged_text IS NOT NULL THEN ${usd.status} END`;
  const status = `CASE WHEN ${usdStatus} = 'mismatch' OR ${unitsStatus} = 'mismatch' THEN 'mismatch'
      WHEN ${usdStatus} = 'match' OR ${unitsStatus} = 'match' THEN 'match' ELSE 'unchecked' END`;
  const usdJson = `CASE WHEN charged_text IS NULL THEN '' ELSE ',"charged_usd":"' || charged_text ||
      '","expected_usd":"' || ${expectedUsd} || '","difference_usd":"' || ${usd.difference} ||
      '","cause":null${NULL_CAUSE}' END`;
  const unchecked = `coalesce(vendor_why, vendor_title || ' is priced in USD, not units')`;
  const unitsJson = `CASE WHEN units_text IS NULL THEN '' WHEN ${inUnits} THEN
      ',"units":{"status":"' || ${units.status} || '","final_unit_deduction":"' || units_text ||
      '","expected_units":"' || ${decimalText(d, 'vendor_amount', 0, s.vendorAmount)} ||
      '","difference_units":"' || ${units.difference} || '","cause":null${NULL_CAUSE}}'
    ELSE ',"units":{"status":"unchecked","final_unit_deduction":"' || units_text ||
      '","expected_units":null,"difference_units":null,"cause":' || ${d.jsonString(unchecked)} || '${NULL_CAUSE}}'
    END`;
  const charges = '(charged_text IS NOT NULL OR units_text IS NOT NULL)';
  const present = `(line_error IS NULL AND epoch_error IS NULL AND ${charges})`;
  return [
    `CASE WHEN ${present} THEN ${status} END AS reconcile_status`,
    `CASE WHEN ${present} THEN '{"status":"' || ${status} || '"' || ${usdJson} || ${unitsJson} || '}' END AS reconcile`,
  ].join(',\n    ');
}
