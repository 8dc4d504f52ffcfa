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

/** A piece of a record: SQL text, or a literal (`{ lit }`) that joins the literals next to it. */
type Piece = string | { readonly lit: string };

/** The pieces joined in one call, the literals side by side written as one. */
function joined(d: SqlDialect, pieces: readonly Piece[]): string {
  const parts: string[] = [];
  let literal: string | null = null;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      literal = (literal ?? '') + piece.lit;
      continue;
    }
    if (literal !== null) parts.push(d.string(literal));
    literal = null;
    parts.push(piece);
  }
  if (literal !== null) parts.push(d.string(literal));
  return d.concat(parts);
}

/**
 * The JSON line of a priced or refused row, over PRICED_COLUMNS. Its pieces are never NULL on such a
 * row, and are joined in one call (`SqlDialect.concat`).
 */
export function recordJson(d: SqlDialect): string {
  // Only these carry text from the line or quotes (a model name, a value in an error): the others are the
  // engine's own words, card ids and decimals, written as they are between quotes.
  const escaped = new Set(['error', 'model', 'vendor_unavailable', 'input_type_reason']);
  const s = (c: string) => (escaped.has(c) ? d.jsonString(c) : `'"' || ${c} || '"'`);
  /** `"key":value`, the value a string. */
  const str = (key: string, c: string): Piece[] =>
    escaped.has(c) ? [{ lit: `,"${key}":` }, d.jsonString(c)] : [{ lit: `,"${key}":"` }, c, { lit: '"' }];
  const bool = (c: string) => `CASE WHEN ${c} THEN 'true' ELSE 'false' END`;
  const refused =
    `'{"ok":false,"line":' || ${text(d, 'line')} || ${optional('as_of', s('as_of'))}` +
    ` || ',"error":' || ${s('error')} || '}'`;
  const internal: Piece[] = [
    { lit: '{"usd":"' },
    'internal_usd',
    { lit: '"' },
    ...str('usd_as_billed', 'internal_usd_as_billed'),
    ...str('usd_at_requested_resolution', 'internal_usd_at_requested_resolution'),
    { lit: ',"honor_resolution":' },
    bool('honor_resolution'),
    { lit: ',"billed_seconds":' },
    text(d, 'billed_seconds'),
    ...str('raw_usd', 'raw_usd'),
    { lit: ',"clamp":' },
    `coalesce(${s('clamp')}, 'null')`,
    optional('unclamped_usd', s('unclamped_usd')),
    ...str('card', 'internal_card'),
  ];
  const vendor: Piece[] = [
    { lit: '{"card":"' },
    'vendor_card',
    { lit: '"' },
    optional('units', s('vendor_units')),
    ...str('usd', 'vendor_usd'),
    { lit: ',"billed_seconds":' },
    text(d, 'vendor_billed_seconds'),
    optional('tier', s('vendor_tier')),
    optional('package', s('vendor_package')),
    optional('unit_price_usd', s('vendor_unit_price_usd')),
    `CASE WHEN vendor_approximate THEN ',"approximate":true' ELSE '' END`,
    { lit: '}' },
  ];
  const margin: Piece[] = [{ lit: '{"usd":"' }, 'margin_usd', { lit: '"' }, ...str('pct', 'margin_pct'), { lit: '}' }];
  const priced: Piece[] = [
    { lit: '{"ok":true,"line":' },
    text(d, 'line'),
    ...str('as_of', 'as_of'),
    { lit: ',"duration_seconds":' },
    'duration_seconds',
    ...str('input_type_reason', 'input_type_reason'),
    ...str('model', 'model'),
    ...str('mode', 'mode'),
    ...str('resolution', 'resolution'),
    ...str('input_type', 'input_type'),
    { lit: ',"audio":' },
    bool('audio'),
    { lit: ',"internal":' },
    ...internal,
    { lit: '},"vendor":' },
    `CASE WHEN vendor_usd IS NULL THEN 'null' ELSE ${joined(d, vendor)} END`,
    optional('vendor_unavailable', s('vendor_unavailable')),
    { lit: ',"vendor_others":' },
    'vendor_others',
    { lit: ',"margin":' },
    `CASE WHEN margin_usd IS NULL THEN 'null' ELSE ${joined(d, margin)} END`,
    { lit: ',"warnings":' },
    'warnings',
    optional('reconcile', 'reconcile'),
    { lit: '}' },
  ];
  return `CASE WHEN ok THEN ${joined(d, priced)} ELSE ${refused} END`;
}
