/**
 * Envelopes from CSV (SPEC §4.3): a header row names envelope fields; each later row is one
 * envelope. RFC 4180 quoting (commas, quotes and newlines inside quotes), read in chunks.
 * Cells: empty is absent; `true`/`false` are booleans; a cell that starts with `[` or `{`
 * is read as JSON (image_list, video_list); everything else stays text, as Kling sends
 * `duration: "5"`.
 */
import { textProblem } from './text-encoding';

/**
 * One record: its cells and the line it started on. Every line is a record, a blank one too
 * (one empty cell): the file pricer answers it (docs/decisions/0011-blank-lines.md).
 * `unclosed`: a quote opened in this record runs to the end of the file, so its last cell
 * swallowed every line after it; such a record is refused, never priced.
 */
export interface CsvRecord {
  readonly cells: string[];
  readonly line: number;
  readonly unclosed?: true;
}

export interface CsvReader {
  /** Complete records found in this chunk. */
  push(chunk: string): CsvRecord[];
  end(): CsvRecord[];
}

export function createCsvReader(): CsvReader {
  let cell = '';
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let pendingCr = false;

  const endRow = (out: CsvRecord[]) => {
    row.push(cell);
    out.push(quoted ? { cells: row, line: rowLine, unclosed: true } : { cells: row, line: rowLine });
    row = [];
    cell = '';
    rowLine = line;
  };

  const read = (chunk: string, out: CsvRecord[]) => {
    for (let i = 0; i < chunk.length; i += 1) {
      const ch = chunk[i];
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (quoted) {
        if (ch === '"') {
          if (chunk[i + 1] === '"') {
            cell += '"';
            i += 1;
          } else if (i + 1 === chunk.length) {
            // A quote at a chunk's end: decided by the next chunk.
            quoted = false;
            afterQuote = true;
          } else {
            quoted = false;
          }
        } else {
          if (ch === '\n') line += 1;
          cell += ch;
        }
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (ch === '"') {
          cell += '"';
          quoted = true;
          continue;
        }
      }
      if (ch === '"' && cell === '') quoted = true;
      else if (ch === ',') {
        row.push(cell);
        cell = '';
      } else if (ch === '\n' || ch === '\r') {
        line += 1;
        endRow(out);
        pendingCr = ch === '\r';
      } else cell += ch;
    }
  };

  return {
    push(chunk) {
      const out: CsvRecord[] = [];
      read(chunk, out);
      return out;
    },
    end() {
      const out: CsvRecord[] = [];
      // A single newline at the end of the file ends the last record; it does not start one.
      if (quoted || cell !== '' || row.length > 0) endRow(out);
      return out;
    },
  };
}

export type CsvHeader = { ok: true; header: string[] } | { ok: false; error: string };

const HEADER_UNCLOSED = 'the header has a quoted field that is not closed (the quote runs to the end of the file)';
const HEADER_EMPTY = 'the first line is empty: it must be the header naming the fields (model_name, duration, …)';
const times = (n: number) => (n === 2 ? 'twice' : `${n} times`);
const list = (items: readonly number[]) => `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * The header's field names, or why the whole file is refused. A header problem is refused
 * once, for the file, rather than on every row: no row could be read as its author meant,
 * and one message says what to fix. A column named twice is such a problem (which of the
 * two cells would be the duration?), never resolved by taking the last one.
 */
export function parseCsvHeader(record: CsvRecord): CsvHeader {
  const problem = textProblem(record.cells.join(','));
  if (problem) return { ok: false, error: `the header (the first line) ${problem}` };
  if (record.unclosed) return { ok: false, error: HEADER_UNCLOSED };
  const header = record.cells.map((c) => c.trim().replace(/^\uFEFF/, ''));
  if (header.every((name) => name === '')) return { ok: false, error: HEADER_EMPTY };
  const columns = new Map<string, number[]>();
  header.forEach((name, i) => {
    if (name !== '') columns.set(name, [...(columns.get(name) ?? []), i + 1]);
  });
  for (const [name, at] of columns) {
    if (at.length === 1) continue;
    const error = `column ${JSON.stringify(name)} appears ${times(at.length)} in the header (columns ${list(at)})`;
    return { ok: false, error };
  }
  return { ok: true, header };
}

/** One CSV row as an envelope, by the header's field names. */
export function csvRowToEnvelope(
  header: readonly string[],
  cells: readonly string[],
): { ok: true; envelope: Record<string, unknown> } | { ok: false; error: string } {
  if (cells.length > header.length)
    return { ok: false, error: `has ${cells.length} cells for ${header.length} columns` };
  // No prototype: a column named "__proto__" is a field like any other (and ignored).
  const envelope = Object.create(null) as Record<string, unknown>;
  for (let i = 0; i < header.length; i += 1) {
    const name = header[i];
    const text = (cells[i] ?? '').trim();
    if (name === '' || text === '') continue;
    if (text === 'true' || text === 'false') envelope[name] = text === 'true';
    else if (text.startsWith('[') || text.startsWith('{')) {
      try {
        envelope[name] = JSON.parse(text);
      } catch {
        return { ok: false, error: `${name}: not valid JSON in the cell` };
      }
    } else envelope[name] = text;
  }
  return { ok: true, envelope };
}
