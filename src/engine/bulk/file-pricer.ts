/**
 * A file of envelopes, priced as it streams in: JSON Lines (one envelope a line) or CSV (a
 * header of envelope fields, then one envelope a row). JSON Lines rows are the file's line
 * numbers; CSV rows count the records after the header. Every line is answered, a blank one
 * with an error, as the CLI's `--jsonl` does (docs/decisions/0011-blank-lines.md). It takes
 * the file's bytes: a line or row holding bytes that were not UTF-8 is refused.
 * JSON Lines are cut by the line splitter the CLI uses, so the two answer a file alike. CSV
 * keeps its own record reader, on decoded text: a quoted field may hold newlines, so a record
 * is not a line.
 */
import { createBatch, type RowOutcome } from './batch';
import type { CardSet } from '../cards/card-set';
import { createCsvReader, csvRowToEnvelope, parseCsvHeader, type CsvRecord } from './envelope-csv';
import { createLineSplitter, runLines, type SplitPiece } from './line-splitter';
import type { QuoteOptions } from '../pricing/quote';
import { createTextDecoder, textProblem } from './text-encoding';
import { createUtf8Bytes } from './utf8-bytes';

// The engine's surface (index.ts) exports this module; the decoding its callers need goes with it.
export { createTextDecoder, decodeUtf8, NOT_UTF8, SNIFF_BYTES, sniffTextEncoding, textProblem } from './text-encoding';
export type { StreamTextDecoder, TextEncodingName } from './text-encoding';

export type FileFormat = 'jsonl' | 'csv';

/** The answer to a blank line, in a file and from the CLI alike. */
export const EMPTY_LINE_ERROR = {
  jsonl: 'empty line: expected a request envelope as JSON',
  csv: 'empty line: expected a request envelope as a CSV row',
} as const;

const UNCLOSED_QUOTE = 'a quoted field is not closed (the quote opened here runs to the end of the file)';

/** By the file name, else by the first character (`{` is JSON Lines). */
export function detectFormat(name: string, head: string): FileFormat {
  if (/\.(jsonl|ndjson|json)$/i.test(name)) return 'jsonl';
  if (/\.csv$/i.test(name)) return 'csv';
  return head.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

const TOO_LONG = 'the line is over 1 MB';

/**
 * Prices a file as it streams in. `asOf` (YYYY-MM-DD) is the date rows without `created_at`
 * are priced as of; without it, the set's own.
 */
export function createFilePricer(
  format: FileFormat,
  set: CardSet,
  options: QuoteOptions = {},
  asOf: string | null = null,
) {
  const batch = createBatch(set, options, asOf);
  const utf8 = createUtf8Bytes();
  const lines = createLineSplitter();
  const text = createTextDecoder();
  const csv = createCsvReader();
  let row = 0; // CSV rows so far; a JSON Lines row is its line's number
  let header: string[] | null = null;
  /** Why the whole file is refused (a CSV header problem); nothing is priced after it. */
  let refusal: string | null = null;

  const jsonLine = (line: string, number: number): RowOutcome => {
    if (line.trim() === '') return batch.fail(number, EMPTY_LINE_ERROR.jsonl);
    const problem = textProblem(line);
    if (problem) return batch.fail(number, `line ${number} ${problem}`);
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      return batch.fail(number, `not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}`);
    }
    return batch.add(json, number);
  };

  const jsonLines = (pieces: readonly SplitPiece[], out: RowOutcome[]) => {
    for (const piece of pieces) {
      if (piece.kind === 'too-long') out.push(batch.fail(piece.line, TOO_LONG));
      else runLines(piece).forEach((line, i) => out.push(jsonLine(line, piece.firstLine + i)));
    }
  };

  const csvRow = ({ cells, unclosed }: CsvRecord, names: readonly string[]): RowOutcome => {
    if (unclosed) return batch.fail(row, UNCLOSED_QUOTE);
    if (cells.length === 1 && cells[0].trim() === '') return batch.fail(row, EMPTY_LINE_ERROR.csv);
    const problem = textProblem(cells.join(','));
    if (problem) return batch.fail(row, `row ${row} ${problem}`);
    const parsed = csvRowToEnvelope(names, cells);
    return parsed.ok ? batch.add(parsed.envelope, row) : batch.fail(row, parsed.error);
  };

  const csvRows = (records: CsvRecord[], out: RowOutcome[]) => {
    for (const record of records) {
      if (refusal !== null) return;
      if (!header) {
        const parsed = parseCsvHeader(record);
        if (parsed.ok) header = parsed.header;
        else refusal = parsed.error;
        continue;
      }
      row += 1;
      out.push(csvRow(record, header));
    }
  };

  return {
    /** The rows that `bytes`, the file's next piece, completes. */
    push(bytes: Uint8Array): RowOutcome[] {
      const out: RowOutcome[] = [];
      if (refusal !== null) return out;
      if (format === 'csv') csvRows(csv.push(text.push(bytes)), out);
      else jsonLines(lines.push(utf8.push(bytes)), out);
      return out;
    },
    end(): RowOutcome[] {
      const out: RowOutcome[] = [];
      if (refusal !== null) return out;
      if (format === 'csv') {
        csvRows(csv.push(text.end()), out);
        csvRows(csv.end(), out);
      } else {
        jsonLines(lines.push(utf8.end()), out);
        jsonLines(lines.end(), out);
      }
      return out;
    },
    /** Why the file is refused as a whole, once that is known; null while it is not. */
    refused: (): string | null => refusal,
    totals: () => batch.totals(),
  };
}
