/**
 * A key repeated in an envelope (`{"duration":5,"duration":7}`): JavaScript's parser keeps the last
 * value, DuckDB's JSON functions read the first. So that `reprice` answers such a line as `--jsonl`
 * does, a line whose object repeats a key at its top level is given to the query as JavaScript reads
 * it, parsed and written again (the members SPEC §2.1 reads are top-level keys). A key repeated
 * inside a reference list's entry is still read as DuckDB reads it (README, "Re-pricing on your
 * warehouse").
 */
import type { DuckDBBlobValue, DuckDBConnection } from '@duckdb/node-api';
import { decodeUtf8 } from '../engine';

/** Lines rewritten at a time: the rest wait in DuckDB, within its memory limit. */
const BATCH = 10_000;

/**
 * The object as JSON.parse read it, written again. A number past the largest double was read as
 * ±Infinity, which JSON.stringify would write as null: it is written 1e999, which reads back so.
 */
function writtenAgain(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON to DuckDB only (a trailing comma, NaN): the query refuses it as not JSON, as --jsonl does.
    return null;
  }
  const infinite = `\u0000infinite-${Math.random()}\u0000`;
  const marked = JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? `${infinite}${v > 0 ? '' : '-'}` : v,
  );
  const quoted = JSON.stringify(infinite).slice(0, -1);
  return marked.replaceAll(`${quoted}"`, '1e999').replaceAll(`${quoted}-"`, '-1e999');
}

/** In table `envelopes(line, envelope)`: each line with a repeated top-level key, as JavaScript reads it. */
export async function lastKeyWins(c: DuckDBConnection): Promise<number> {
  const keys = 'json_keys(envelope)';
  // One CASE: json_type and json_keys throw on text that is not JSON, and AND would ask them of every line.
  await c.run(`CREATE TEMP TABLE rp_repeated AS SELECT line, envelope FROM envelopes
    WHERE CASE WHEN NOT json_valid(envelope) THEN false WHEN json_type(envelope) <> 'OBJECT' THEN false
      ELSE len(${keys}) <> len(list_distinct(${keys})) END
    ORDER BY line`);
  await c.run('CREATE TEMP TABLE rp_rewritten (line BIGINT, envelope VARCHAR)');
  let rewritten = 0;
  for (let after = -1n; ;) {
    const rows = (
      await c.runAndReadAll(
        `SELECT line, encode(envelope) FROM rp_repeated WHERE line > ${after} ORDER BY line LIMIT ${BATCH}`,
      )
    ).getRows();
    if (rows.length === 0) break;
    const appender = await c.createAppender('rp_rewritten');
    for (const [line, bytes] of rows) {
      // Its bytes, decoded as the line splitter decodes them: a DuckDB VARCHAR read as a JavaScript
      // string loses a leading byte-order mark.
      const text = writtenAgain(decodeUtf8((bytes as DuckDBBlobValue).bytes).text);
      if (text === null) continue;
      appender.appendBigInt(BigInt(String(line)));
      appender.appendVarchar(text);
      appender.endRow();
      rewritten += 1;
    }
    appender.closeSync();
    after = BigInt(String(rows[rows.length - 1][0]));
  }
  await c.run('UPDATE envelopes SET envelope = r.envelope FROM rp_rewritten r WHERE envelopes.line = r.line');
  await c.run('DROP TABLE rp_rewritten');
  await c.run('DROP TABLE rp_repeated');
  return rewritten;
}
