/**
 * The typed-column path of re-pricing (Parquet and CSV with a column a field) side by side with
 * `--jsonl`: lines written as a Parquet file by DuckDB (its own types: VARCHAR, DOUBLE, BIGINT,
 * BOOLEAN, JSON, lists, structs), read back by the query from its columns; `--jsonl` prices the
 * JSON object each row stands for (`rowObject`, the one `reprice` hands the engine).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillFromEngine } from '../../src/cli/reprice-causes';
import { compileRepriceSql } from '../../src/engine/sql/compile-reprice';
import { rowObject, typedMembers, type InputColumn } from '../../src/engine/sql/typed-members';
import { EMPTY_LINE_ERROR, type CardSet } from '../../src/engine';
import {
  disagreements,
  duckConnection,
  priceBothWays,
  priceWithEngine,
  type Line,
  type SqlOptions,
} from './reprice-sql';

/** Only JSON objects: a Parquet file has no line that is not one. */
export const objectLines = (lines: readonly string[]) =>
  lines.filter((l) => {
    try {
      const v = JSON.parse(l) as unknown;
      return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0;
    } catch {
      return false;
    }
  });

/** Writes `lines` as a Parquet file with DuckDB's types, or CSV (`all_varchar`); returns the reader's source. */
export async function typedFile(lines: readonly string[], format: 'parquet' | 'csv', extra = ''): Promise<string> {
  const c = await duckConnection();
  const dir = mkdtempSync(join(tmpdir(), 'reprice-typed-'));
  const jsonl = join(dir, 'in.jsonl');
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  const file = join(dir, `in.${format}`);
  const read = `read_json('${jsonl}', format = 'newline_delimited', sample_size = -1)`;
  await c.run(`COPY (SELECT *${extra} FROM ${read}) TO '${file}' (FORMAT ${format})`);
  await c.run(
    `CREATE OR REPLACE TEMP TABLE rp_file AS SELECT * FROM ${
      format === 'csv' ? `read_csv('${file}', header = true, all_varchar = true)` : `read_parquet('${file}')`
    }`,
  );
  rmSync(dir, { recursive: true, force: true });
  return 'rp_file';
}

/** Both ways on the rows of a typed table: the disagreements. */
export async function typedAgreement(set: CardSet, format: 'parquet' | 'csv', options: SqlOptions, most = 5) {
  const c = await duckConnection();
  const described = await c.runAndReadAll('DESCRIBE SELECT * FROM rp_file');
  const columns: InputColumn[] = described.getRows().map((r) => ({ name: String(r[0]), type: String(r[1]) }));
  await c.run(`CREATE OR REPLACE TEMP TABLE typed_envelopes AS
    SELECT row_number() OVER () AS line, *, CAST(NULL AS VARCHAR) AS reader_error FROM rp_file`);
  await c.run(`CREATE OR REPLACE TEMP TABLE envelopes AS
    SELECT line, ${rowObject(columns, format)} AS envelope FROM typed_envelopes`);
  await priceBothWays(
    c,
    (byClass) =>
      compileRepriceSql(set, {
        emptyLineError: EMPTY_LINE_ERROR.jsonl,
        ...options,
        input: 'typed_envelopes',
        typed: typedMembers(columns, format),
        readerErrorColumn: 'reader_error',
        ordered: false,
        byClass,
      }).query,
  );
  const { honorResolution, vendorCardId, packageId } = options;
  await fillFromEngine(c, set, options.asOf, { honorResolution, vendorCardId, packageId });
  const sql = (await c.runAndReadAll('SELECT json FROM priced ORDER BY line')).getRows();
  const lines = (await c.runAndReadAll('SELECT envelope FROM envelopes ORDER BY line'))
    .getRows()
    .map((r) => String(r[0]));
  const engine = priceWithEngine(set, lines, options.asOf, { honorResolution, vendorCardId, packageId });
  return disagreements(
    lines,
    sql.map((r) => JSON.parse(String(r[0])) as Line),
    engine,
    most,
  );
}
