/**
 * A file of envelopes, priced as it streams in: JSON Lines (one envelope a line) or CSV (a
 * header of envelope fields, then one envelope a row). JSON Lines rows are the file's line
 * numbers (blank lines are skipped, but counted); CSV rows count the records after the header.
 */
import { createBatch, type RowOutcome } from './batch';
import type { CardSet } from './card-set';
import { createCsvReader, csvRowToEnvelope } from './envelope-csv';
import type { QuoteOptions } from './quote';

export type FileFormat = 'jsonl' | 'csv';

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

  const jsonLine = (text: string, out: RowOutcome[]) => {
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    row += 1;
    if (line.trim() === '') return;
    if (line.length > MAX_LINE) {
      out.push(batch.fail(row, 'the line is over 1 MB'));
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

  const csvRows = (rows: Array<{ cells: string[] }>, out: RowOutcome[]) => {
    for (const { cells } of rows) {
      if (!header) {
        header = cells.map((c) => c.trim().replace(/^\uFEFF/, ''));
        continue;
      }
      row += 1;
      const parsed = csvRowToEnvelope(header, cells);
      out.push(parsed.ok ? batch.add(parsed.envelope, row) : batch.fail(row, parsed.error));
    }
  };

  return {
    push(chunk: string): RowOutcome[] {
      const out: RowOutcome[] = [];
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
      else if (pending !== '') jsonLine(pending, out);
      pending = '';
      return out;
    },
    totals: () => batch.totals(),
  };
}
