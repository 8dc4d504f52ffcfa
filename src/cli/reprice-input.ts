/**
 * The input of `reprice` as the relation the compiled SQL reads, `envelopes(line, envelope,
 * reader_error)`. JSON Lines are cut into lines here by the engine's own line splitter, the
 * one `--jsonl` uses (byte-order mark, CR, UTF-16, lines that are not UTF-8 or too long, all
 * alike), and appended to a DuckDB table; CSV and Parquet are read by DuckDB itself, each row
 * written as the JSON object of its columns.
 */
import { createReadStream } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createLineSplitter, createUtf8Bytes, decodeUtf8, MAX_LINE_BYTES, textProblem } from '../engine';
import type { FileFormat } from './reprice-args';

const BATCH_BYTES = 1 << 20;
const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Reports how many lines have been read (for a progress line on a terminal). */
export type Progress = (lines: number) => void;

async function appendJsonLines(c: DuckDBConnection, file: string, progress: Progress): Promise<void> {
  await c.run('CREATE TABLE envelopes (line BIGINT, envelope VARCHAR, reader_error VARCHAR)');
  const appender = await c.createAppender('envelopes');
  const row = (line: number, text: string | null, error: string | null) => {
    appender.appendBigInt(BigInt(line));
    if (text === null) appender.appendNull();
    else appender.appendVarchar(text);
    if (error === null) appender.appendNull();
    else appender.appendVarchar(error);
    appender.endRow();
  };
  let lines = 0;
  const utf8 = createUtf8Bytes();
  const splitter = createLineSplitter({ runBytes: BATCH_BYTES });
  const take = (pieces: ReturnType<typeof splitter.push>) => {
    for (const piece of pieces) {
      if (piece.kind === 'too-long') {
        row(piece.line, null, `line is longer than ${MAX_LINE_BYTES} bytes`);
        lines += 1;
        continue;
      }
      const { text, valid } = decodeUtf8(piece.bytes);
      const split = text.split('\n');
      split.pop();
      split.forEach((raw, i) => {
        const number = piece.firstLine + i;
        let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (number === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
        const problem = valid ? null : textProblem(raw);
        row(number, problem ? null : line, problem ? `line ${number} ${problem}` : null);
      });
      lines += split.length;
    }
    progress(lines);
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Uint8Array>) take(splitter.push(utf8.push(chunk)));
  take(splitter.push(utf8.end()));
  take(splitter.end());
  appender.closeSync();
}

/**
 * A row's columns as the JSON object of an envelope. Parquet keeps its types (a DOUBLE duration
 * stays a number, read exactly by the SQL); CSV cells are text, read as the web page reads a
 * CSV file (envelope-csv.ts): empty is absent, true/false are booleans, [ or { starts JSON.
 */
function rowJson(columns: readonly string[], format: 'csv' | 'parquet'): string {
  if (columns.length === 1 && columns[0] === 'envelope') return 'CAST("envelope" AS VARCHAR)';
  const value = (name: string) => {
    const v = ident(name);
    if (format === 'parquet') return v;
    return `CASE WHEN ${v} IS NULL OR ${v} = '' THEN NULL WHEN ${v} IN ('true', 'false') THEN CAST(${v} AS JSON)
      WHEN (starts_with(${v}, '[') OR starts_with(${v}, '{')) AND json_valid(${v}) THEN CAST(${v} AS JSON)
      ELSE to_json(${v}) END`;
  };
  return `CAST(json_object(${columns.map((name) => `${sqlString(name)}, ${value(name)}`).join(', ')}) AS VARCHAR)`;
}

async function columnsOf(c: DuckDBConnection, source: string): Promise<string[]> {
  const described = await c.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  return described.getRows().map((r) => String(r[0]));
}

/** Makes `envelopes` from the input file. */
export async function loadInput(c: DuckDBConnection, file: string, format: FileFormat, progress: Progress) {
  if (format === 'jsonl') return appendJsonLines(c, file, progress);
  if (format === 'csv') {
    const source = `read_csv(${sqlString(file)}, header = true, all_varchar = true)`;
    const columns = await columnsOf(c, source);
    await c.run(`CREATE VIEW envelopes AS SELECT row_number() OVER () AS line, ${rowJson(columns, 'csv')} AS envelope,
      CAST(NULL AS VARCHAR) AS reader_error FROM ${source}`);
    return;
  }
  const source = `read_parquet(${sqlString(file)})`;
  const columns = await columnsOf(c, source);
  await c.run(`CREATE VIEW envelopes AS SELECT file_row_number + 1 AS line, ${rowJson(columns, 'parquet')} AS envelope,
    CAST(NULL AS VARCHAR) AS reader_error FROM read_parquet(${sqlString(file)}, file_row_number = true)`);
}
