/**
 * The input of `reprice` as the relation the compiled SQL reads, `envelopes(line, envelope,
 * reader_error)`. JSON Lines are cut into lines here by the engine's own line splitter, the
 * one `--jsonl` uses (byte-order mark, CR, UTF-16, lines that are not UTF-8 or too long, all
 * alike), and appended to a DuckDB table; CSV and Parquet are read by DuckDB itself, the query
 * reading each field from its column (`typed-members.ts`).
 */
import { createReadStream } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  createLineSplitter,
  createUtf8Bytes,
  decodeUtf8,
  MAX_LINE_BYTES,
  rowObject,
  textProblem,
  typedMembers,
  type InputColumn,
} from '../engine';
import { isPlainLines, plainLinesReader } from './plain-lines';
import { fileLiteral } from './duckdb-path';
import { lastKeyWins } from './repeated-keys';
import type { FileFormat } from './reprice-args';

const BATCH_BYTES = 1 << 20;

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

/** The lines of a plain file (`plain-lines.ts`), read and numbered by DuckDB: an empty line is ''. */
async function readPlainLines(c: DuckDBConnection, file: string, progress: Progress): Promise<void> {
  await c.run(`CREATE TABLE envelopes AS SELECT row_number() OVER () AS line, coalesce(envelope, '') AS envelope,
    CAST(NULL AS VARCHAR) AS reader_error FROM ${plainLinesReader(file)}`);
  const counted = await c.runAndReadAll('SELECT count(*) FROM envelopes');
  progress(Number(counted.getRows()[0][0]));
}

async function columnsOf(c: DuckDBConnection, source: string): Promise<InputColumn[]> {
  const described = await c.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  return described.getRows().map((r) => ({ name: String(r[0]), type: String(r[1]) }));
}

/** What the query reads: the relation, and its members from typed columns when the file has them. */
export interface LoadedInput {
  readonly relation: string;
  readonly typed?: ReturnType<typeof typedMembers>;
}

/**
 * Makes `envelopes(line, envelope, reader_error)` from the input file (the JSON text of each
 * line, which the engine reads again for the cause of a mismatched charge). A CSV or Parquet
 * file with a column a field is read by the query from its columns (`typed_envelopes`); one with a
 * single column `envelope` holds JSON text, read as JSON Lines are.
 */
export async function loadInput(
  c: DuckDBConnection,
  file: string,
  format: FileFormat,
  progress: Progress,
): Promise<LoadedInput> {
  if (format === 'jsonl') {
    if (isPlainLines(file)) await readPlainLines(c, file, progress);
    else await appendJsonLines(c, file, progress);
    await lastKeyWins(c);
    return { relation: 'envelopes' };
  }
  const source =
    format === 'csv'
      ? `read_csv(${fileLiteral(file)}, header = true, all_varchar = true)`
      : `read_parquet(${fileLiteral(file)}, file_row_number = true)`;
  const columns = (await columnsOf(c, source)).filter((col) => col.name !== 'file_row_number');
  const line = format === 'csv' ? 'row_number() OVER ()' : 'file_row_number + 1';
  const none = 'CAST(NULL AS VARCHAR) AS reader_error';
  const typed = typedMembers(columns, format);
  await c.run(`CREATE VIEW typed_envelopes AS SELECT ${line} AS line, *, ${none} FROM ${source}`);
  if (columns.length === 1 && columns[0].name === 'envelope') {
    // A table, not a view: a line with a repeated key is written again in it.
    await c.run(`CREATE TABLE envelopes AS SELECT line, CAST(envelope AS VARCHAR) AS envelope, reader_error
      FROM typed_envelopes`);
    await lastKeyWins(c);
    return { relation: 'envelopes' };
  }
  await c.run(`CREATE VIEW envelopes AS SELECT line, ${rowObject(columns, format)} AS envelope, reader_error
    FROM typed_envelopes`);
  return { relation: 'typed_envelopes', typed };
}
