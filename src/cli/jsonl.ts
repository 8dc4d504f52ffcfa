/**
 * Streams JSON Lines from a readable to a writable: every input line gets exactly one
 * output line, in order. The input is cut into batches of whole lines (as bytes, cut only
 * at newlines) and priced in this thread or in workers; only a bounded number of batches
 * is ever held, and reading waits while the output drains.
 */
import type { Readable, Writable } from 'node:stream';
import { sniffTextEncoding, SNIFF_BYTES } from '../engine';

/** A line longer than this many bytes is answered with an error instead of being held. */
export const MAX_LINE_BYTES = 1_000_000;
const BATCH_BYTES = 1 << 20;
const NEWLINE = 0x0a;

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
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) n += 1;
  return n;
}

export interface JsonlOptions {
  /**
   * Hand written output buffers back to the pricer to write over. Only for an output that
   * is done with a chunk once its write callback has run, as process.stdout is (files,
   * pipes, terminals); a stream that keeps its chunks would see them overwritten.
   */
  readonly reuseWritten?: boolean;
}

/** A decoder for input that begins with `head`, when that is UTF-16; null for UTF-8. */
function utf16Decoder(head: Uint8Array): TextDecoder | null {
  const encoding = sniffTextEncoding(head);
  // A UTF-16 decoder skips its own byte-order mark.
  return encoding === 'utf-8' ? null : new TextDecoder(encoding);
}

/**
 * The input as UTF-8 bytes. UTF-16 (by its byte-order mark, or a NUL in every other one of
 * its first bytes: Windows PowerShell's `>` writes it) is decoded and re-encoded, as the web
 * page reads it too; anything else passes through untouched, checked line by line later.
 */
async function* asUtf8(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let head: Buffer | null = Buffer.alloc(0);
  let utf16: TextDecoder | null = null;
  for await (const chunk of input) {
    let bytes = chunk;
    if (head !== null) {
      head = Buffer.concat([head, chunk]);
      if (head.length < SNIFF_BYTES) continue;
      [bytes, head] = [head, null];
      utf16 = utf16Decoder(bytes);
    }
    yield utf16 ? Buffer.from(utf16.decode(bytes, { stream: true })) : bytes;
  }
  if (head !== null && head.length > 0) {
    // An input shorter than the bytes that decide its encoding.
    utf16 = utf16Decoder(head);
    yield utf16 ? Buffer.from(utf16.decode(head)) : head;
  } else if (utf16) yield Buffer.from(utf16.decode());
}

export async function priceJsonl(input: Readable, output: Writable, pricer: BatchPricer, options: JsonlOptions = {}): Promise<JsonlSummary> {
  let lines = 0;
  let failed = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const inflight: Array<Promise<PricedBatch>> = [];

  const flushOne = async () => {
    const done = await inflight.shift();
    if (!done) return;
    failed += done.failed;
    const written = output.write(done.bytes, (error) => {
      if (!error && options.reuseWritten) pricer.recycle?.(done.bytes);
    });
    if (!written) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  const send = async (batch: LineBatch, count: number) => {
    inflight.push(pricer.price(batch));
    lines += count;
    while (inflight.length > pricer.parallelism * 2) await flushOne();
  };
  const sendLines = async (bytes: Buffer) => {
    const count = countNewlines(bytes);
    if (count > 0) await send({ firstLine: lines + 1, bytes }, count);
  };

  let tail = 0; // bytes of the last, unfinished line held in `parts`
  for await (const chunk of asUtf8(input as AsyncIterable<Buffer>)) {
    let data = chunk;
    if (skipping) {
      const end = data.indexOf(NEWLINE);
      if (end === -1) continue;
      skipping = false;
      data = data.subarray(end + 1);
    }
    const last = data.lastIndexOf(NEWLINE);
    if (last === -1) {
      parts.push(data);
      size += data.length;
      tail += data.length;
    } else {
      parts.push(data.subarray(0, last + 1));
      size += last + 1;
      if (size >= BATCH_BYTES) {
        await sendLines(Buffer.concat(parts, size));
        parts = [];
        size = 0;
      }
      parts.push(data.subarray(last + 1));
      tail = data.length - last - 1;
      size += tail;
    }
    if (tail > MAX_LINE_BYTES) {
      // Price the lines before it, answer the long line with an error, skip to its end.
      await sendLines(Buffer.concat(parts, size).subarray(0, size - tail));
      await send({ firstLine: lines + 1, bytes: new Uint8Array(0), tooLong: true }, 1);
      parts = [];
      size = 0;
      tail = 0;
      skipping = true;
    }
  }
  const rest = Buffer.concat(parts, size);
  const unfinished = Buffer.concat([rest.subarray(rest.lastIndexOf(NEWLINE) + 1), Buffer.from('\n')]);
  await sendLines(rest);
  if (unfinished.length > 1) await send({ firstLine: lines + 1, bytes: unfinished }, 1);
  while (inflight.length > 0) await flushOne();
  return { lines, failed };
}
