/**
 * A file of envelopes, priced as it streams in: JSON Lines (one envelope a line) or CSV (a
 * header of envelope fields, then one envelope a row). JSON Lines rows are the file's line
 * numbers; CSV rows count the records after the header. Every line is answered, a blank one
 * with an error, as the CLI's `--jsonl` does (docs/decisions/0011-blank-lines.md). Text comes
 * from `createTextDecoder`: a line or row holding bytes that were not UTF-8 is refused.
 */
import { createBatch, type RowOutcome } from './batch';
import type { CardSet } from '../cards/card-set';
import { createCsvReader, csvRowToEnvelope, parseCsvHeader, type CsvRecord } from './envelope-csv';
import type { QuoteOptions } from '../pricing/quote';
import { textProblem } from './text-encoding';

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

const MAX_LINE = 1_000_000;

export function createFilePricer(format: FileFormat, set: CardSet, options: QuoteOptions = {}) {
  const batch = createBatch(set, options);
  let row = 0;
  let pending = '';
  const csv = createCsvReader();
  let header: string[] | null = null;
  /** Why the whole file is refused (a CSV header problem); nothing is priced after it. */
  let refusal: string | null = null;

  const jsonLine = (text: string, out: RowOutcome[]) => {
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    row += 1;
    if (line.length > MAX_LINE) {
      out.push(batch.fail(row, 'the line is over 1 MB'));
      return;
    }
    if (line.trim() === '') {
      out.push(batch.fail(row, EMPTY_LINE_ERROR.jsonl));
      return;
    }
    const problem = textProblem(line);
    if (problem) {
      out.push(batch.fail(row, `line ${row} ${problem}`));
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      out.push(batch.fail(row, `not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}`));
      return;
    }
    out.push(batch.add(json, row));
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
    push(chunk: string): RowOutcome[] {
      const out: RowOutcome[] = [];
      if (refusal !== null) return out;
      if (format === 'csv') {
        csvRows(csv.push(chunk), out);
        return out;
      }
      const text = pending + chunk;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        jsonLine(text.slice(start, nl), out);
        start = nl + 1;
      }
      pending = text.slice(start);
      if (pending.length > MAX_LINE) {
        row += 1;
        out.push(batch.fail(row, 'the line is over 1 MB'));
        pending = '';
      }
      return out;
    },
    end(): RowOutcome[] {
      const out: RowOutcome[] = [];
      if (format === 'csv') csvRows(csv.end(), out);
      // A single newline at the end of the file ends the last line; it does not start one.
      else if (pending !== '') jsonLine(pending, out);
      pending = '';
      return out;
    },
    /** Why the file is refused as a whole, once that is known; null while it is not. */
    refused: (): string | null => refusal,
    totals: () => batch.totals(),
  };
}
