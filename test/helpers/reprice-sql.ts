/**
 * The two ways to price a file, side by side: the compiled SQL run through DuckDB, and the
 * command line's own `--jsonl` line pricer run in this process (src/cli/price-line.ts, the
 * code `--jsonl` runs, BOM and CR handling included).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { compileRepriceSql, type RepriceSqlOptions } from '../../src/engine/sql/compile-reprice';
import { NOT_JSON_ERROR } from '../../src/engine/sql/envelope-sql';
import { EMPTY_LINE_ERROR, type CardSet, type QuoteOptions } from '../../src/engine';
import { createLinePricer, priceBatchWith } from '../../src/cli/price-line';
import { fillFromEngine } from '../../src/cli/reprice-causes';

export type Line = Record<string, unknown>;
/** The compiler's options; the blank line's words are the CLI's unless given. */
export type SqlOptions = Omit<RepriceSqlOptions, 'emptyLineError'> & { emptyLineError?: string };

let shared: Promise<DuckDBConnection> | null = null;

/** One in-memory DuckDB for the test file. */
export function duckConnection(): Promise<DuckDBConnection> {
  shared ??= DuckDBInstance.create(':memory:', { threads: '2' }).then((db) => db.connect());
  return shared;
}

/** Loads lines into a fresh `envelopes` table, numbered from 1 (as the CLI's reader does). */
export async function loadEnvelopes(c: DuckDBConnection, lines: readonly string[]): Promise<void> {
  await c.run('CREATE OR REPLACE TABLE envelopes (line BIGINT, envelope VARCHAR)');
  const appender = await c.createAppender('envelopes');
  lines.forEach((text, i) => {
    appender.appendBigInt(BigInt(i + 1));
    appender.appendVarchar(text);
    appender.endRow();
  });
  appender.closeSync();
}

/**
 * The SQL's answer to every line, as JSON lines parsed: with the causes of mismatched charges
 * filled in by the engine as `reprice` fills them, unless `sqlOnly`.
 */
export async function priceWithSql(set: CardSet, lines: readonly string[], options: SqlOptions, sqlOnly = false) {
  const c = await duckConnection();
  await loadEnvelopes(c, lines);
  await priceBothWays(
    c,
    (byClass) => compileRepriceSql(set, { emptyLineError: EMPTY_LINE_ERROR.jsonl, ...options, byClass }).query,
  );
  if (!sqlOnly) {
    const { honorResolution, vendorCardId, packageId } = options;
    await fillFromEngine(c, set, options.asOf, { honorResolution, vendorCardId, packageId });
  }
  const reader = await c.runAndReadAll(`SELECT json FROM priced ORDER BY line`);
  return reader.getRows().map((row) => JSON.parse(String(row[0])) as Line);
}

/**
 * Fills `priced` from the query priced line by line, after checking that pricing by class
 * (`class-sql.ts`) gives every line the same columns: each agreement test holds both ways.
 */
export async function priceBothWays(c: DuckDBConnection, query: (byClass: boolean) => string): Promise<void> {
  const kept = 'line, json, error, reconcile, reconcile_status';
  await c.run(`CREATE OR REPLACE TABLE priced AS SELECT ${kept} FROM (${query(false)})`);
  await c.run(`CREATE OR REPLACE TABLE priced_by_class AS SELECT ${kept} FROM (${query(true)})`);
  const differ = await c.runAndReadAll(`SELECT count(*) FROM (
    (SELECT * FROM priced EXCEPT ALL SELECT * FROM priced_by_class)
    UNION ALL (SELECT * FROM priced_by_class EXCEPT ALL SELECT * FROM priced))`);
  const count = Number(differ.getRows()[0][0]);
  if (count !== 0) throw new Error(`pricing by class differs from pricing line by line on ${count} rows`);
}

/** `--jsonl`'s answer to every line, priced in this process. */
export function priceWithEngine(set: CardSet, lines: readonly string[], asOf: string, options: QuoteOptions): Line[] {
  const pricer = createLinePricer(set, asOf, options);
  const bytes = new TextEncoder().encode(lines.map((l) => `${l}\n`).join(''));
  const out = priceBatchWith(pricer, { firstLine: 1, bytes }).bytes;
  return new TextDecoder()
    .decode(out)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);
}

/** What the SQL answers of a `--jsonl` line: all of it; a line that is not JSON by its first words only. */
export function comparable(line: Line): Line {
  const rest = { ...line };
  if (typeof rest.error === 'string' && rest.error.startsWith('not valid JSON')) rest.error = NOT_JSON_ERROR;
  return rest;
}

/** A line with the causes of its mismatched amounts taken out (what the SQL alone leaves null). */
export function withoutCauses(line: Line): Line {
  const reconcile = line.reconcile as Record<string, unknown> | undefined;
  if (!reconcile) return line;
  const strip = (check: Record<string, unknown>) =>
    check.status === 'mismatch' ? { ...check, cause: null, cause_code: null, cause_card: null } : check;
  const units = reconcile.units as Record<string, unknown> | undefined;
  const top = 'charged_usd' in reconcile ? strip(reconcile) : reconcile;
  return { ...line, reconcile: { ...top, ...(units ? { units: strip(units) } : {}) } };
}

/** Lines where the two disagree, as readable differences (the first few). */
export function disagreements(lines: readonly string[], sql: readonly Line[], engine: readonly Line[], most = 5) {
  const found: string[] = [];
  if (sql.length !== engine.length) found.push(`${sql.length} SQL lines, ${engine.length} --jsonl lines`);
  for (let i = 0; i < engine.length && found.length < most; i += 1) {
    const want = JSON.stringify(comparable(engine[i]));
    const got = JSON.stringify(comparable(sql[i] ?? {}));
    const cut = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);
    if (want !== got) found.push(`line ${i + 1} ${cut(lines[i])}\n  sql:    ${cut(got)}\n  --jsonl: ${cut(want)}`);
  }
  return found;
}

/** Both ways on the same lines: the disagreements. */
export async function agreement(set: CardSet, lines: readonly string[], options: SqlOptions, most = 5) {
  const quoteOptions: QuoteOptions = {
    honorResolution: options.honorResolution,
    vendorCardId: options.vendorCardId,
    packageId: options.packageId,
  };
  const sql = await priceWithSql(set, lines, options);
  const engine = priceWithEngine(set, lines, options.asOf, quoteOptions);
  return disagreements(lines, sql, engine, most);
}
