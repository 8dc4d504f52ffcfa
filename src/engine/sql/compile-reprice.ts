/**
 * Rate cards compiled to SQL (SPEC §11): one query that turns a relation of envelopes
 * (`line`, the line number, and `envelope`, its JSON text) into priced rows, with the cards
 * as table literals inside it. Pure: it returns text. Each step is its own module; this one
 * puts them in order.
 */
import type { CardSet } from '../cards/card-set';
import { cardEpochs, type CardEpoch, type RepriceCardOptions } from './card-epochs';
import { cardTables } from './card-tables';
import { chargeColumns, chargedAmounts, instantColumns, instantTimestamp } from './charge-sql';
import { duckdb, type SqlDialect } from './sql-dialect';
import { fitsNarrow, narrowDecimals } from './decimal-width';
import { bigquery, spark } from './sql-dialects-other';
import { col, durationDouble, envelopeError, memberColumns, MEMBERS } from './envelope-sql';
import { audioRequested, explicitInput, INPUT_TYPE, inputTypeReason, stillsCount, videosCount } from './input-type-sql';
import { clampColumns, rawColumns } from './internal-price-sql';
import { pricedColumns } from './priced-columns';
import { EPOCH_COLUMNS, VENDOR_COLUMNS } from './joined-columns';
import { classColumns, classCtes, classProbe, classSelect } from './class-sql';
import { PRICED_COLUMNS, recordJson } from './record-sql';
import { refusalTexts } from './sql-messages';
import { isAbsent, jsTrim, memberKinds, textOf } from './sql-text';
import { vendorAmountColumns, vendorReason, vendorSecondsColumns, vendorUsd } from './vendor-cost-sql';
import { otherAmounts, otherJoins, otherPriced, otherSeconds } from './vendor-others-sql';
import { typedSource, type TypedMember } from './typed-members';

type TypedMembers = Partial<Record<(typeof MEMBERS)[number], TypedMember>>;

export type SqlDialectName = 'duckdb' | 'spark' | 'bigquery';
export { PRICED_COLUMNS };

export interface RepriceSqlOptions extends RepriceCardOptions {
  /** Charge at the requested resolution (SPEC §2 rule 5). */
  readonly honorResolution: boolean;
  /** The date (YYYY-MM-DD) lines without `created_at` are priced as of. */
  readonly asOf: string;
  readonly dialect?: SqlDialectName;
  /** The relation of envelopes the query reads (columns `line`, `envelope`). */
  readonly input?: string;
  /** The refusal of a blank line, in the reader's words (`EMPTY_LINE_ERROR.jsonl`). */
  readonly emptyLineError: string;
  /** A column of the input with the reader's own refusal of a line (not UTF-8, too long), if any. */
  readonly readerErrorColumn?: string;
  /**
   * The members read from typed columns of the input instead of its JSON text `envelope`
   * (DuckDB; `typed-members.ts`).
   */
  readonly typed?: TypedMembers;
  /**
   * Whether the query sorts its rows by line (default). `reprice` sorts what it keeps itself: a sort
   * inside the query would compute every column, the JSON line too, before the columns not written
   * could be left out.
   */
  readonly ordered?: boolean;
  /** Price each class of lines once (`class-sql.ts`): far faster when classes repeat, slower when they do not. */
  readonly byClass?: boolean;
  /** Whether `json` holds each line as `--jsonl` writes it (default), or is left NULL for output without it. */
  readonly json?: boolean;
}

export interface RepriceSql {
  /** One SELECT: the priced columns (`PRICED_COLUMNS`) and `json`, the line `--jsonl` writes, in line order. */
  readonly query: string;
  readonly columns: readonly string[];
  /** Decimal places of the vendor's USD (to sum it exactly). */
  readonly scales: { readonly vendor: number };
  /** With `byClass`: a query of two numbers, lines and classes among the first lines (`classProbe`). */
  readonly probe: string | null;
}

const DIALECTS: Record<SqlDialectName, SqlDialect> = { duckdb, spark, bigquery };

/** The span of dates a line's date falls in. */
function epochOf(d: SqlDialect, epochs: readonly CardEpoch[]): string {
  const whens = epochs
    .filter((e) => e.until !== null)
    .map((e) => `WHEN price_date < ${d.string(e.until ?? '')} THEN ${e.index}`);
  return `CASE ${whens.join(' ')} ELSE ${epochs.length - 1} END`;
}

/** The CTEs that read each line's members and their kinds (`rp_kinds`): from its JSON text, or typed columns. */
function sourceCtes(d: SqlDialect, options: RepriceSqlOptions, members: ReturnType<typeof memberColumns>) {
  const readerError = options.readerErrorColumn ?? `CAST(NULL AS ${d.textType})`;
  const input = options.input ?? 'envelopes';
  if (options.typed) return [['rp_kinds', typedSource(options.typed, input, readerError)] as [string, string]];
  return [
    [
      'rp_src',
      `SELECT line, envelope AS text, ${d.parseJson('envelope')} AS j, ${readerError} AS reader_error FROM ${input}`,
    ],
    ...(members.list ? [['rp_list', `SELECT *, ${members.list} AS members FROM rp_src`]] : []),
    [
      'rp_fields',
      `SELECT line, text, j, reader_error,\n    ${members.columns}\n  FROM ${members.list ? 'rp_list' : 'rp_src'}`,
    ],
    ['rp_kinds', `SELECT *,\n    ${memberKinds(d, MEMBERS)}\n  FROM rp_fields`],
  ] as Array<[string, string]>;
}

export function compileRepriceSql(set: CardSet, options: RepriceSqlOptions): RepriceSql {
  const epochs = cardEpochs(set, options);
  const byClass = options.byClass === true;
  const dialect = DIALECTS[options.dialect ?? 'duckdb'];
  const d = fitsNarrow(epochs) ? narrowDecimals(dialect) : dialect;
  const cards = cardTables(d, epochs);
  const { scales } = cards;
  const texts = refusalTexts();
  const asOf = d.string(options.asOf);
  const slots = Array.from({ length: cards.offerSlots }, (_, i) => [`o${i + 1}`, `c${i + 1}`]).flat();
  const text = (field: string, fallback: string) =>
    `CASE WHEN ${isAbsent(d, col(field))} THEN '${fallback}' ELSE ${textOf(d, col(field))} END`;
  const members = memberColumns(d);
  const others = otherJoins(cards.otherCards, cards.offerSlots);
  const ctes: Array<[string, string]> = [
    ...cards.tables.map(([name, table]) => [name, table] as [string, string]),
    ...sourceCtes(d, options, members),
    ['rp_seconds', `SELECT *, ${durationDouble(d)} AS seconds_double FROM rp_kinds`],
    [
      'rp_read',
      `SELECT *,\n    coalesce(reader_error, ${envelopeError(d, texts, options.emptyLineError)})` +
        ` AS envelope_error,\n    ${chargeColumns(d)}\n  FROM rp_seconds`,
    ],
    ['rp_instant', `SELECT *, ${instantTimestamp(d)} AS created_ts FROM rp_read`],
    [
      'rp_lines',
      `SELECT *,\n    ${instantColumns(d, texts)},
    ${stillsCount(d)} AS stills,\n    ${videosCount(d)} AS videos,\n    ${explicitInput(d)} AS explicit_input,
    ${audioRequested(d)} AS audio,\n    ${jsTrim(d, textOf(d, col('model_name')))} AS model,
    ${text('mode', 'std')} AS mode,\n    ${text('resolution', '720p')} AS resolution\n  FROM rp_instant`,
    ],
    [
      'rp_dated',
      `SELECT *, coalesce(envelope_error, charge_error) AS line_error,
    coalesce(CASE WHEN envelope_error IS NULL THEN created_date END, ${asOf}) AS price_date,
    CASE WHEN envelope_error IS NULL AND charge_error IS NULL THEN coalesce(created_text, ${asOf})
      ELSE ${asOf} END AS as_of,
    ${INPUT_TYPE} AS input_type,\n    ${inputTypeReason(d)} AS input_type_reason,
    ${chargedAmounts(d)}\n  FROM rp_lines`,
    ],
    ['rp_req', `SELECT *, ${epochOf(d, epochs)} AS epoch,\n    ${classColumns(d, byClass)}\n  FROM rp_dated`],
    ...(byClass ? classCtes() : []),
    [
      'rp_joined',
      `SELECT r.*, e.error AS epoch_error, ${EPOCH_COLUMNS.map((c) => `e.${c}`).join(', ')},
    v.epoch AS v_epoch, v.reason AS v_reason, ${[...VENDOR_COLUMNS, ...slots].map((c) => `v.${c}`).join(', ')},
    m.model IS NOT NULL AS model_known, ${rawColumns(d, scales.internal, scales.multiplier)}${others.select}
  FROM ${byClass ? 'rp_work' : 'rp_req'} r
  LEFT JOIN rp_epochs e ON e.epoch = r.epoch
  LEFT JOIN rp_rates rb ON rb.epoch = r.epoch AND rb.mode = r.mode AND rb.resolution = e.billed_resolution
    AND rb.input_type = r.input_type
  LEFT JOIN rp_rates rr ON rr.epoch = r.epoch AND rr.mode = r.mode AND rr.resolution = r.resolution
    AND rr.input_type = r.input_type
  LEFT JOIN rp_models m ON m.epoch = r.epoch AND m.model = r.model
  LEFT JOIN rp_vendor v ON v.epoch = r.epoch AND v.slot = 0 AND v.model = r.model AND v.mode = r.mode
    AND v.input_type = r.input_type AND v.audio = r.audio
  ${others.joins}`,
    ],
    [
      'rp_clamped',
      `SELECT *,\n    ${clampColumns(d, scales.amount)},\n    ` +
        `${vendorSecondsColumns(d, cards.offerSlots)}${otherSeconds(d, cards.otherCards, cards.offerSlots)}` +
        `\n  FROM rp_joined`,
    ],
    [
      'rp_vendor_amounts',
      `SELECT *,\n    ${vendorAmountColumns(d, cards.offerSlots, scales.vendorAmount)}` +
        `${otherAmounts(d, cards.otherCards, cards.offerSlots, scales.vendorAmount)}\n  FROM rp_clamped`,
    ],
    [
      'rp_vendor_priced',
      `SELECT *, ${vendorReason(d)} AS vendor_why,\n    ${vendorUsd(d, scales.vendor)} AS vendor_usd_exact,
    ${options.honorResolution ? 'amount_requested' : 'amount_billed'} AS charged_amount` +
        `${otherPriced(d, cards.otherCards, scales.vendor)}\n  FROM rp_vendor_amounts`,
    ],
    ['rp_margin', `SELECT *, charged_amount - vendor_usd_exact AS margin_exact FROM rp_vendor_priced`],
    [
      'rp_priced',
      `SELECT ${byClass ? 'cls, dur_text, ' : ''}\n    ` +
        `${pricedColumns(d, options.honorResolution, scales, cards.otherCards)}\n  FROM rp_margin`,
    ],
  ];
  // By class, `rp_req` is read three times (class-sql.ts): DuckDB computes it once when told.
  const written = (list: typeof ctes, materialize: boolean) =>
    list
      .map(([name, body]) => {
        const once = materialize && name === 'rp_req' && d.name === 'duckdb' ? ' MATERIALIZED' : '';
        return `${name} AS${once} (\n  ${body}\n)`;
      })
      .join(',\n');
  const withs = written(ctes, byClass);
  const order = options.ordered === false ? '' : '\nORDER BY line';
  const json = options.json === false ? `CAST(NULL AS ${d.textType})` : recordJson(d);
  const out = `rp_out AS (\n  SELECT *, ${json} AS json FROM rp_priced\n)`;
  const select = byClass ? classSelect(d, order) : `SELECT * FROM rp_out${order}`;
  const query = `WITH ${withs},\n${out}\n${select}`;
  const upToLines = ctes.slice(0, ctes.findIndex(([name]) => name === 'rp_req') + 1);
  const probe = byClass ? classProbe(written(upToLines, false)) : null;
  return { query, columns: [...PRICED_COLUMNS, 'json'], scales: { vendor: scales.vendor }, probe };
}
