/**
 * Streams JSON Lines from a readable to a writable: every input line gets exactly one
 * output line, in order. The input is cut into batches of whole lines (as bytes, cut only
 * at newlines, by the engine's one line splitter, which the web page's file pricing uses
 * too) and priced in this thread or in workers; only a bounded number of batches is ever
 * held, and reading waits while the output drains.
 */
import type { Readable, Writable } from 'node:stream';
import { createLineSplitter, createUtf8Bytes, MAX_LINE_BYTES, type SplitPiece } from '../engine';

// The line pricer names the limit in its error; it imports it from here.
export { MAX_LINE_BYTES };
export const BATCH_BYTES = 1 << 20;

/**
 * Whole lines, each ending in a newline, the first numbered `firstLine`; or a single line
 * that was too long to keep (`bytes` empty, `tooLong` set).
 */
export interface LineBatch {
  readonly firstLine: number;
  readonly bytes: Uint8Array;
  readonly tooLong?: boolean;
}
export interface PricedBatch {
  readonly bytes: Uint8Array;
  readonly failed: number;
  /** Lines priced whose charge did not match (SPEC §8). */
  readonly mismatched: number;
}

export interface BatchPricer {
  /** Takes the batch's bytes over: their buffer may be moved to another thread. */
  price(batch: LineBatch): Promise<PricedBatch>;
  /** Output bytes that have been written and may be written over (saves fresh memory). */
  recycle?(bytes: Uint8Array): void;
  /** How many batches may be priced at once. */
  readonly parallelism: number;
  close(): Promise<void>;
}

export interface JsonlSummary {
  readonly lines: number;
  readonly failed: number;
  readonly mismatched: number;
}

export interface JsonlOptions {
  /**
   * Hand written output buffers back to the pricer to write over. Only for an output that
   * is done with a chunk once its write callback has run, as process.stdout is (files,
   * pipes, terminals); a stream that keeps its chunks would see them overwritten.
   */
  readonly reuseWritten?: boolean;
}

export async function priceJsonl(
  input: Readable,
  output: Writable,
  pricer: BatchPricer,
  options: JsonlOptions = {},
): Promise<JsonlSummary> {
  let lines = 0;
  let failed = 0;
  let mismatched = 0;
  const inflight: Array<Promise<PricedBatch>> = [];

  const flushOne = async () => {
    const done = await inflight.shift();
    if (!done) return;
    failed += done.failed;
    mismatched += done.mismatched;
    const written = output.write(done.bytes, (error) => {
      if (!error && options.reuseWritten) pricer.recycle?.(done.bytes);
    });
    if (!written) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  const send = async (pieces: readonly SplitPiece[]) => {
    for (const piece of pieces) {
      if (piece.kind === 'too-long') {
        inflight.push(pricer.price({ firstLine: piece.line, bytes: new Uint8Array(0), tooLong: true }));
        lines += 1;
      } else {
        inflight.push(pricer.price({ firstLine: piece.firstLine, bytes: piece.bytes }));
        lines += piece.count;
      }
      while (inflight.length > pricer.parallelism * 2) await flushOne();
    }
  };

  // UTF-16 is re-encoded as UTF-8, as the web page reads it too; anything else passes through
  // untouched, checked line by line by the pricer.
  const utf8 = createUtf8Bytes();
  const splitter = createLineSplitter({ runBytes: BATCH_BYTES });
  for await (const chunk of input as AsyncIterable<Uint8Array>) await send(splitter.push(utf8.push(chunk)));
  await send(splitter.push(utf8.end()));
  await send(splitter.end());
  while (inflight.length > 0) await flushOne();
  return { lines, failed, mismatched };
}
