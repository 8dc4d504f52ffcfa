/**
 * The one line splitter, for the CLI's `--jsonl` and the page's "Price a file" alike: bytes in,
 * in pieces of any size, whole lines out, in order, numbered from 1. It works on bytes before
 * any decoding (a newline byte never occurs inside a UTF-8 character; UTF-16 is re-encoded
 * first, by `createUtf8Bytes`), so the CLI hands its runs to worker threads as they are.
 * A line over the limit is never held: it is answered once, by its number, and skipped to its
 * end. A last line without a newline is a line; a newline at the end of the input is not one
 * more (docs/decisions/0011-blank-lines.md).
 */
import { decodeUtf8 } from './text-encoding';

/** A line longer than this many bytes (its newline and a `\r` before it not counted) is not held. */
export const MAX_LINE_BYTES = 1_048_576;

/**
 * Whole lines: `count` of them, numbered from `firstLine`, each ending in `\n` in `bytes` (the
 * input's last line is given one). `bytes` may be a view of a pushed chunk.
 */
export interface LineRun {
  readonly kind: 'lines';
  readonly firstLine: number;
  readonly count: number;
  readonly bytes: Uint8Array;
}

/** A line over the limit, by its number: its bytes were dropped, and the next line is `line + 1`. */
export interface TooLongLine {
  readonly kind: 'too-long';
  readonly line: number;
}

export type SplitPiece = LineRun | TooLongLine;

interface LineSplitterOptions {
  /** Hold whole lines until they make this many bytes, then yield them as one run; 0: a run a push. */
  readonly runBytes?: number;
  readonly maxLineBytes?: number;
}

export interface LineSplitter {
  /** The pieces that `chunk` completes. Do not write over a chunk once pushed: a run may be a view of it. */
  push(chunk: Uint8Array): SplitPiece[];
  /** The rest, at the end of the input. */
  end(): SplitPiece[];
}

const NEWLINE = 0x0a;
const CR = 0x0d;
const NEWLINE_BYTES = new Uint8Array([NEWLINE]);

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]; // lines within one chunk: no copy
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Memory stays bounded: whole lines wait only until they make `runBytes` (a run is at most that
 * and one line more), and the line not yet ended is dropped once past `maxLineBytes` + 1 bytes.
 */
export function createLineSplitter({
  runBytes = 0,
  maxLineBytes = MAX_LINE_BYTES,
}: LineSplitterOptions = {}): LineSplitter {
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let heldLines = 0;
  let partial: Uint8Array[] = [];
  let partialBytes = 0;
  let nextLine = 1; // the number of the first line held
  let skipping = false; // inside a line over the limit, until its newline

  const hold = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    held.push(bytes);
    heldBytes += bytes.length;
  };
  const endPartial = () => {
    for (const part of partial) hold(part);
    partial = [];
    partialBytes = 0;
    heldLines += 1;
  };
  const yieldHeld = (out: SplitPiece[]) => {
    if (heldLines === 0) return;
    out.push({ kind: 'lines', firstLine: nextLine, count: heldLines, bytes: concat(held, heldBytes) });
    nextLine += heldLines;
    held = [];
    heldBytes = 0;
    heldLines = 0;
  };
  const tooLong = (out: SplitPiece[]) => {
    yieldHeld(out);
    out.push({ kind: 'too-long', line: nextLine });
    nextLine += 1;
    partial = [];
    partialBytes = 0;
  };
  const lastPartialByte = () => {
    const last = partial[partial.length - 1];
    return last[last.length - 1];
  };
  // For a line past the limit: one byte more is allowed only when it is the `\r` of a `\r\n`.
  const over = (length: number, lastByte: number) => length > maxLineBytes + 1 || lastByte !== CR;

  return {
    push(chunk) {
      const out: SplitPiece[] = [];
      let from = 0; // the bytes before it are held, yielded or dropped
      if (skipping) {
        const end = chunk.indexOf(NEWLINE);
        if (end === -1) return out;
        skipping = false;
        from = end + 1;
      }
      let lineStart = from;
      for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, nl + 1)) {
        const start = lineStart;
        const length = partialBytes + nl - start;
        lineStart = nl + 1;
        if (length > maxLineBytes && over(length, nl > start ? chunk[nl - 1] : lastPartialByte())) {
          hold(chunk.subarray(from, start));
          tooLong(out);
          from = nl + 1;
          continue;
        }
        // Only the chunk's first line can have begun in an earlier chunk.
        if (partialBytes > 0) endPartial();
        else heldLines += 1;
        if (runBytes > 0 && heldBytes + nl + 1 - from >= runBytes) {
          hold(chunk.subarray(from, nl + 1));
          from = nl + 1;
          yieldHeld(out);
        }
      }
      hold(chunk.subarray(from, lineStart));
      const rest = chunk.length - lineStart;
      if (partialBytes + rest > maxLineBytes + 1) {
        tooLong(out);
        skipping = true;
      } else if (rest > 0) {
        partial.push(chunk.subarray(lineStart));
        partialBytes += rest;
      }
      if (runBytes === 0) yieldHeld(out);
      return out;
    },
    end() {
      const out: SplitPiece[] = [];
      if (partialBytes > maxLineBytes && over(partialBytes, lastPartialByte())) tooLong(out);
      else if (partialBytes > 0) {
        partial.push(NEWLINE_BYTES);
        endPartial();
      }
      yieldHeld(out);
      return out;
    },
  };
}

/**
 * The text of a run's lines: each without its newline and a `\r` before it, a UTF-8 byte-order
 * mark skipped at the start of the input only, bytes that were not UTF-8 marked (`NOT_UTF8`).
 */
export function runLines(run: LineRun): string[] {
  const lines = decodeUtf8(run.bytes).text.split('\n');
  lines.pop(); // after the run's last newline
  for (let i = 0; i < lines.length; i += 1) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  if (run.firstLine === 1 && lines[0]?.startsWith('\uFEFF')) lines[0] = lines[0].slice(1);
  return lines;
}
