/**
 * A key repeated in an envelope (`{"duration":5,"duration":7}`): JavaScript's parser keeps the last
 * value, DuckDB's JSON functions read the first. So that `reprice` answers such a line as `--jsonl`
 * does, a line whose object repeats a key at its top level is given to the query as JavaScript reads
 * it, parsed and written again (the members SPEC §2.1 reads are top-level keys). A key repeated
 * inside a reference list's entry is still read as DuckDB reads it (README, "Re-pricing on your
 * warehouse").
 */
import type { DuckDBBlobValue, DuckDBConnection } from '@duckdb/node-api';

// Exact text: a DuckDB VARCHAR read as a JavaScript string loses a leading byte-order mark.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** In table `envelopes(line, envelope)`: each line with a repeated top-level key, as JavaScript reads it. */
export async function lastKeyWins(c: DuckDBConnection): Promise<number> {
  const keys = 'json_keys(envelope)';
  const object = `json_valid(envelope) AND json_type(envelope) = 'OBJECT'`;
  const found = await c.runAndReadAll(
    `SELECT line, encode(envelope) FROM envelopes
      WHERE CASE WHEN ${object} THEN len(${keys}) <> len(list_distinct(${keys})) ELSE false END`,
  );
  const rows = found.getRows();
  if (rows.length === 0) return 0;
  await c.run('CREATE TEMP TABLE rp_rewritten (line BIGINT, envelope VARCHAR)');
  const appender = await c.createAppender('rp_rewritten');
  for (const [line, bytes] of rows) {
    appender.appendBigInt(BigInt(String(line)));
    appender.appendVarchar(JSON.stringify(JSON.parse(decoder.decode((bytes as DuckDBBlobValue).bytes))));
    appender.endRow();
  }
  appender.closeSync();
  await c.run('UPDATE envelopes SET envelope = r.envelope FROM rp_rewritten r WHERE envelopes.line = r.line');
  await c.run('DROP TABLE rp_rewritten');
  return rows.length;
}
