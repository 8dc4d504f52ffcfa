/**
 * The line `--jsonl` writes (`pricing/quote-record.ts`), as SQL text over the priced columns:
 * the same keys in the same order. The cause of a mismatched charge is left null
 * (docs/decisions/0057-reprice-reconcile.md).
 */
import type { SqlDialect } from './sql-dialect';

/** The output columns of a re-pricing, in order (CSV and Parquet carry these; JSON Lines the record). */
export const PRICED_COLUMNS = [
  ...['line', 'ok', 'error', 'as_of', 'duration_seconds', 'input_type_reason', 'model', 'mode', 'resolution'],
  ...['input_type', 'audio', 'internal_usd', 'internal_usd_as_billed', 'internal_usd_at_requested_resolution'],
  ...['honor_resolution', 'billed_seconds', 'raw_usd', 'clamp', 'unclamped_usd', 'internal_card', 'vendor_card'],
  ...['vendor_units', 'vendor_usd', 'vendor_billed_seconds', 'vendor_tier', 'vendor_package'],
  ...['vendor_unit_price_usd', 'vendor_approximate', 'vendor_unavailable', 'margin_usd', 'margin_pct'],
  ...['vendor_others', 'warnings', 'reconcile_status', 'reconcile'],
] as const;

const text = (d: SqlDialect, c: string) => `CAST(${c} AS ${d.textType})`;

/** `"key":value` when `value` is not NULL, else nothing (a key the record leaves out). */
const optional = (key: string, value: string) => `coalesce(',"${key}":' || ${value}, '')`;

/** The JSON line of a priced or refused row, over PRICED_COLUMNS. */
export function recordJson(d: SqlDialect): string {
  // Only these carry text from the line or quotes (a model name, a value in an error): the others are the
  // engine's own words, card ids and decimals, written as they are between quotes.
  const escaped = new Set(['error', 'model', 'vendor_unavailable', 'input_type_reason']);
  const s = (c: string) => (escaped.has(c) ? d.jsonString(c) : `'"' || ${c} || '"'`);
  const bool = (c: string) => `CASE WHEN ${c} THEN 'true' ELSE 'false' END`;
  const refused =
    `'{"ok":false,"line":' || ${text(d, 'line')} || ${optional('as_of', s('as_of'))}` +
    ` || ',"error":' || ${s('error')} || '}'`;
  const internal = [
    `'{"usd":' || ${s('internal_usd')}`,
    `',"usd_as_billed":' || ${s('internal_usd_as_billed')}`,
    `',"usd_at_requested_resolution":' || ${s('internal_usd_at_requested_resolution')}`,
    `',"honor_resolution":' || ${bool('honor_resolution')}`,
    `',"billed_seconds":' || ${text(d, 'billed_seconds')}`,
    `',"raw_usd":' || ${s('raw_usd')}`,
    `',"clamp":' || coalesce(${s('clamp')}, 'null')`,
    optional('unclamped_usd', s('unclamped_usd')),
    `',"card":' || ${s('internal_card')} || '}'`,
  ].join(' || ');
  const vendor = [
    `'{"card":' || ${s('vendor_card')}`,
    optional('units', s('vendor_units')),
    `',"usd":' || ${s('vendor_usd')}`,
    `',"billed_seconds":' || ${text(d, 'vendor_billed_seconds')}`,
    optional('tier', s('vendor_tier')),
    optional('package', s('vendor_package')),
    optional('unit_price_usd', s('vendor_unit_price_usd')),
    `CASE WHEN vendor_approximate THEN ',"approximate":true' ELSE '' END || '}'`,
  ].join(' || ');
  const priced = [
    `'{"ok":true,"line":' || ${text(d, 'line')}`,
    `',"as_of":' || ${s('as_of')}`,
    `',"duration_seconds":' || duration_seconds`,
    `',"input_type_reason":' || ${s('input_type_reason')}`,
    `',"model":' || ${s('model')}`,
    `',"mode":' || ${s('mode')}`,
    `',"resolution":' || ${s('resolution')}`,
    `',"input_type":' || ${s('input_type')}`,
    `',"audio":' || ${bool('audio')}`,
    `',"internal":' || ${internal}`,
    `',"vendor":' || CASE WHEN vendor_usd IS NULL THEN 'null' ELSE ${vendor} END`,
    optional('vendor_unavailable', s('vendor_unavailable')),
    `',"vendor_others":' || vendor_others`,
    `',"margin":' || CASE WHEN margin_usd IS NULL THEN 'null' ELSE '{"usd":' || ${s('margin_usd')}` +
      ` || ',"pct":' || ${s('margin_pct')} || '}' END`,
    `',"warnings":' || warnings`,
    optional('reconcile', 'reconcile'),
    `'}'`,
  ].join(' || ');
  return `CASE WHEN ok THEN ${priced} ELSE ${refused} END`;
}
