/**
 * Whether DuckDB's own CSV reader (one column, no quoting, `plainLinesReader`) cuts a file into
 * the lines the engine's splitter cuts (`createLineSplitter`, decoded as `reprice-input.ts` decodes
 * them). It does when the file is UTF-8 without a byte-order mark, holds no `\r`, no NUL and no
 * \x01 (the reader's delimiter), and no line over MAX_LINE_BYTES; and when it is a regular file
 * whose name DuckDB reads as it is (no glob character; no compression guessed from it). Then DuckDB
 * reads it, in parallel, instead of JavaScript appending each line (decision 81). Any other file
 * is cut by the splitter. Read in chunks cut after a newline, which never occurs inside a UTF-8
 * character.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_LINE_BYTES } from '../engine';
import { DUCKDB_GLOB, fileLiteral } from './duckdb-path';

const CHUNK_BYTES = 1 << 22;
const NEWLINE = 0x0a;
/** Bytes that the splitter treats apart (`\r`), or that DuckDB's reader would (NUL, its delimiter). */
const SPECIAL = [0x0d, 0x00, 0x01];
/** Byte-order marks: UTF-8, UTF-16 LE and BE (their first two bytes). */
const MARKS = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/** The source DuckDB reads a plain file's lines from: one VARCHAR column `envelope`, NULL for an empty line. */
export function plainLinesReader(path: string): string {
  return (
    `read_csv(${fileLiteral(path)}, header = false, auto_detect = false, columns = {'envelope': 'VARCHAR'}, ` +
    `delim = '\x01', quote = '', escape = '', new_line = '\\n', strict_mode = false, compression = 'none')`
  );
}

/** Whether each line of `bytes` (whole lines, each but maybe the last ending in a newline) is short enough. */
function linesFit(bytes: Uint8Array): boolean {
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(NEWLINE, start);
    if ((end < 0 ? bytes.length : end) - start > MAX_LINE_BYTES) return false;
    if (end < 0) return true;
    start = end + 1;
  }
}

const plain = (bytes: Buffer) => !SPECIAL.some((b) => bytes.includes(b)) && isUtf8(bytes) && linesFit(bytes);

export function isPlainLines(path: string): boolean {
  // DuckDB reads the file again, by its name: a pipe would be empty by then, a FIFO would block the
  // open below, and a name with a glob character may name other files.
  if (DUCKDB_GLOB.test(path) || !statSync(path).isFile()) return false;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES + MAX_LINE_BYTES + 1);
    let carried = 0;
    for (let first = true; ; first = false) {
      const read = readSync(fd, buffer, carried, CHUNK_BYTES, null);
      const held = buffer.subarray(0, carried + read);
      if (first && MARKS.some((mark) => mark.every((b, i) => held[i] === b))) return false;
      if (read === 0) return plain(held);
      const cut = held.lastIndexOf(NEWLINE) + 1;
      if (!plain(held.subarray(0, cut))) return false;
      carried = held.length - cut;
      // The start of a line longer than the limit: the splitter would answer it apart.
      if (carried > MAX_LINE_BYTES) return false;
      buffer.copyWithin(0, cut, held.length);
    }
  } finally {
    closeSync(fd);
  }
}
