/**
 * What the compiled SQL cannot say, asked of the engine on the few lines that need it
 * (docs/decisions/0057-reprice-reconcile.md): the cause of a mismatched charge, which the SQL
 * leaves null, and the JavaScript parser's own words for a line that is not JSON. For those lines
 * only, `reprice` prices the envelope again with `--jsonl`'s own line pricer and puts its answer
 * in place; every other field of the line stays the SQL's, but on a line that is JSON to JavaScript
 * alone, which the engine answers whole.
 */
import type { DuckDBAppender, DuckDBBlobValue, DuckDBConnection } from '@duckdb/node-api';
import { NOT_JSON_ERROR, type CardSet, type QuoteOptions } from '../engine';
import { createLinePricer, priceBatchWith, type LinePricer } from './price-line';

/** Lines asked of the engine at a time. */
const BATCH = 10_000;

interface Answer {
  readonly ok?: boolean;
  readonly error?: string;
  readonly reconcile?: { readonly status?: string } | null;
  readonly internal?: { readonly usd?: string };
  readonly vendor?: { readonly usd?: string } | null;
}
const NEWLINE = 0x0a;
const SPACE = 0x20;
const decoder = new TextDecoder();

/** What `reprice` keeps of a JSON Lines row (`reprice.ts`), as the engine answered the line. */
interface WholeRow {
  readonly json: string;
  readonly internalUsd: string | null;
  readonly vendorUsd: string | null;
  readonly reconcile: string | null;
  readonly reconcileStatus: string | null;
}
/** One line's answer: the piece asked for, and the whole row when the engine priced what the SQL refused. */
type Picked = { readonly piece: string; readonly whole?: WholeRow };

const wholeRow = (a: Answer, json: string): WholeRow => ({
  json,
  internalUsd: a.internal?.usd ?? null,
  vendorUsd: a.vendor?.usd ?? null,
  reconcile: a.reconcile === undefined ? null : JSON.stringify(a.reconcile),
  reconcileStatus: a.reconcile?.status ?? null,
});

const varcharOrNull = (appender: DuckDBAppender, value: string | null) => {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
};

/**
 * Fills temp table `rp_engine` with the engine's answer (`pick` of its JSON line) to each line of
 * table `priced` that matches `where`, its envelope read from relation `envelopes`.
 */
async function askEngine(
  c: DuckDBConnection,
  pricer: LinePricer,
  where: string,
  pick: (a: Answer, json: string) => Picked,
) {
  await c.run(`CREATE OR REPLACE TEMP TABLE rp_engine (line BIGINT, answer VARCHAR, json VARCHAR,
    internal_usd VARCHAR, vendor_usd VARCHAR, reconcile VARCHAR, reconcile_status VARCHAR)`);
  let after = -1n;
  let asked = 0;
  for (;;) {
    const reader = await c.runAndReadAll(
      `SELECT p.line, encode(e.envelope) FROM priced p JOIN envelopes e ON e.line = p.line
       WHERE ${where} AND p.line > ${after} ORDER BY p.line LIMIT ${BATCH}`,
    );
    const rows = reader.getRows();
    if (rows.length === 0) break;
    const appender = await c.createAppender('rp_engine');
    for (const [line, envelope] of rows) {
      const number = Number(line);
      // One line as --jsonl reads a batch of them (the envelope is the line's text, already cut and decoded).
      // Numbered 2 at least: line 1's byte-order mark is gone already, and must not be looked for again
      // (the answer's number is put right below). Its bytes, not a string: DuckDB's VARCHAR read as a
      // string loses a byte-order mark at its start, which the parser must see.
      const text = (envelope as DuckDBBlobValue).bytes;
      const bytes = new Uint8Array(text.length + 1);
      bytes.set(text);
      // A CSV cell may hold JSON over several lines; one line has none. Between JSON's tokens a newline
      // is a space, and inside a string it is refused either way.
      for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) bytes[at] = SPACE;
      bytes[text.length] = NEWLINE;
      const numbered = Math.max(number, 2);
      const answer = decoder.decode(priceBatchWith(pricer, { firstLine: numbered, bytes }).bytes).trimEnd();
      const picked = pick(JSON.parse(answer) as Answer, answer.replace(`"line":${numbered},`, `"line":${number},`));
      appender.appendBigInt(BigInt(number));
      appender.appendVarchar(picked.piece);
      const whole = picked.whole;
      for (const value of [whole?.json, whole?.internalUsd, whole?.vendorUsd, whole?.reconcile, whole?.reconcileStatus])
        varcharOrNull(appender, value ?? null);
      appender.endRow();
    }
    appender.closeSync();
    asked += rows.length;
    after = BigInt(Number(rows[rows.length - 1][0]));
  }
  return asked;
}

/** A whole row from the engine's answer, in those of these columns that `priced` has. */
const WHOLE_ROW = {
  ok: 'true',
  error: 'NULL',
  json: 'r.json',
  internal_usd: 'r.internal_usd',
  vendor_usd: 'r.vendor_usd',
  reconcile: 'r.reconcile',
  reconcile_status: 'r.reconcile_status',
};

/**
 * In table `priced` (columns `line`, `error`, `reconcile`, `reconcile_status`, and `json` when
 * `withJson`; `ok`, `internal_usd` and `vendor_usd` when it has them): the cause of each mismatched
 * charge and the parser's words for each line that is not JSON, from the engine. Returns how many
 * lines it asked about.
 */
export async function fillFromEngine(
  c: DuckDBConnection,
  set: CardSet,
  asOf: string,
  options: QuoteOptions,
  withJson = true,
): Promise<number> {
  const pricer = createLinePricer(set, asOf, options, null);
  const mismatched = await askEngine(c, pricer, `p.reconcile_status = 'mismatch'`, (a) => ({
    piece: JSON.stringify(a.reconcile ?? null),
  }));
  if (mismatched > 0) {
    // The record ends with its reconcile: the SQL's is cut off and the engine's put in its place.
    const json = withJson
      ? `json = left(priced.json, length(priced.json) - length(priced.reconcile) - 1) || r.answer || '}', `
      : '';
    await c.run(`UPDATE priced SET ${json}reconcile = r.answer FROM rp_engine r WHERE priced.line = r.line`);
  }
  // A line that is JSON to JavaScript only (an unpaired surrogate escape, which DuckDB refuses) is the
  // engine's whole: in JSON Lines out; CSV and Parquet carry fields the SQL did not compute, and keep it refused.
  const notJson = await askEngine(c, pricer, `p.error = '${NOT_JSON_ERROR}'`, (a, json) =>
    a.ok && withJson ? { piece: NOT_JSON_ERROR, whole: wholeRow(a, json) } : { piece: a.error ?? NOT_JSON_ERROR },
  );
  if (notJson > 0 && withJson) {
    const columns = await c.runAndReadAll(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'priced'`,
    );
    const has = new Set(columns.getRows().map((row) => String(row[0])));
    const set = Object.entries(WHOLE_ROW).filter(([column]) => has.has(column));
    await c.run(`UPDATE priced SET ${set.map(([column, value]) => `${column} = ${value}`).join(', ')}
      FROM rp_engine r WHERE priced.line = r.line AND r.json IS NOT NULL`);
    await c.run('DELETE FROM rp_engine WHERE json IS NOT NULL');
  }
  if (notJson > 0) {
    // A refused line ends with its error.
    const json = withJson
      ? `json = left(priced.json, length(priced.json) - length(to_json(priced.error)::VARCHAR) - 1) || ` +
        `to_json(r.answer)::VARCHAR || '}', `
      : '';
    await c.run(`UPDATE priced SET ${json}error = r.answer FROM rp_engine r WHERE priced.line = r.line`);
  }
  await c.run('DROP TABLE rp_engine');
  return mismatched + notJson;
}
