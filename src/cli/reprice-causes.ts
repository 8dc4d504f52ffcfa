/**
 * The cause of a mismatched charge (SPEC §8), which the compiled SQL leaves null: for those
 * lines only, `reprice` prices the envelope again with `--jsonl`'s own line pricer and puts its
 * `reconcile` in place of the SQL's (docs/decisions/0057-reprice-reconcile.md). Every other
 * field of the line stays the SQL's.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CardSet, QuoteOptions } from '../engine';
import { ByteSink } from './byte-sink';
import { createLinePricer } from './price-line';

/** Lines asked of the engine at a time. */
const BATCH = 10_000;

/**
 * Fills in the causes in table `priced` (columns `line`, `reconcile`, `reconcile_status`, and `json`
 * when `withJson`), reading each mismatched line's envelope from relation `envelopes`. Returns how
 * many lines it filled.
 */
export async function fillMismatchCauses(
  c: DuckDBConnection,
  set: CardSet,
  asOf: string,
  options: QuoteOptions,
  withJson = true,
): Promise<number> {
  const pricer = createLinePricer(set, asOf, options, null);
  await c.run('CREATE OR REPLACE TEMP TABLE rp_causes (line BIGINT, reconcile VARCHAR)');
  let after = -1n;
  let filled = 0;
  for (;;) {
    const reader = await c.runAndReadAll(
      `SELECT p.line, e.envelope FROM priced p JOIN envelopes e ON e.line = p.line
       WHERE p.reconcile_status = 'mismatch' AND p.line > ${after} ORDER BY p.line LIMIT ${BATCH}`,
    );
    const rows = reader.getRows();
    if (rows.length === 0) break;
    const appender = await c.createAppender('rp_causes');
    for (const [line, envelope] of rows) {
      const number = Number(line);
      const sink = new ByteSink(4096);
      pricer.price(String(envelope), number, sink);
      const answer = JSON.parse(new TextDecoder().decode(sink.done())) as { reconcile?: unknown };
      appender.appendBigInt(BigInt(number));
      appender.appendVarchar(JSON.stringify(answer.reconcile ?? null));
      appender.endRow();
    }
    appender.closeSync();
    filled += rows.length;
    after = BigInt(Number(rows[rows.length - 1][0]));
  }
  if (filled > 0) {
    // The record ends with its reconcile: the SQL's is cut off and the engine's put in its place.
    const json = withJson
      ? `json = left(priced.json, length(priced.json) - length(priced.reconcile) - 1) || r.reconcile || '}', `
      : '';
    await c.run(`UPDATE priced SET ${json}reconcile = r.reconcile FROM rp_causes r WHERE priced.line = r.line`);
  }
  await c.run('DROP TABLE rp_causes');
  return filled;
}
