/**
 * Envelopes from CSV (SPEC §4.3): a header row names envelope fields; each later row is one
 * envelope. RFC 4180 quoting (commas, quotes and newlines inside quotes), read in chunks.
 * Cells: empty is absent; `true`/`false` are booleans; a cell that starts with `[` or `{`
 * is read as JSON (image_list, video_list); everything else stays text, as Kling sends
 * `duration: "5"`.
 */

export interface CsvReader {
  /** Complete rows found in this chunk (cells, and the line the row started on). */
  push(chunk: string): Array<{ cells: string[]; line: number }>;
  end(): Array<{ cells: string[]; line: number }>;
}

export function createCsvReader(): CsvReader {
  let cell = '';
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let pendingCr = false;

  const endRow = (out: Array<{ cells: string[]; line: number }>) => {
    row.push(cell);
    if (!(row.length === 1 && row[0] === '')) out.push({ cells: row, line: rowLine });
    row = [];
    cell = '';
    rowLine = line;
  };

  const read = (chunk: string, out: Array<{ cells: string[]; line: number }>) => {
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
      const out: Array<{ cells: string[]; line: number }> = [];
      read(chunk, out);
      return out;
    },
    end() {
      const out: Array<{ cells: string[]; line: number }> = [];
      if (cell !== '' || row.length > 0) endRow(out);
      return out;
    },
  };
}

/** One CSV row as an envelope, by the header's field names. */
export function csvRowToEnvelope(header: readonly string[], cells: readonly string[]): { ok: true; envelope: Record<string, unknown> } | { ok: false; error: string } {
  if (cells.length > header.length) return { ok: false, error: `has ${cells.length} cells for ${header.length} columns` };
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
