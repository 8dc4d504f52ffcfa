/**
 * One envelope line in, one JSON line out (SPEC §6), written straight into the batch's
 * output buffer. Every line is priced afresh: the engine is fast enough that remembering
 * answers costs more on distinct input than it saves on repeated input (`npm run bench`).
 */
import {
  decodeUtf8,
  EMPTY_LINE_ERROR,
  parseEnvelopeInBulk,
  quote,
  textProblem,
  toErrorRecord,
  quoteRecordText,
  type CardSet,
  type QuoteOptions,
} from '../engine';
import { ByteSink, SpareBuffers } from './byte-sink';
import { MAX_LINE_BYTES, type BatchPricer, type LineBatch, type PricedBatch } from './jsonl';

const NEWLINE = 0x0a;

export interface LinePricer {
  /**
   * Writes the answer to one line, newline included; false when the line failed.
   * `null` text: a line too long to keep.
   */
  price(text: string | null, line: number, sink: ByteSink): boolean;
}

function writeError(sink: ByteSink, error: string, line: number): false {
  sink.text(JSON.stringify(toErrorRecord(error, line)));
  sink.byte(NEWLINE);
  return false;
}

export function createLinePricer(set: CardSet, options: QuoteOptions): LinePricer {
  return {
    price(text, line, sink) {
      if (text === null) return writeError(sink, `line is longer than ${MAX_LINE_BYTES} bytes`, line);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        if (text.trim() === '') return writeError(sink, EMPTY_LINE_ERROR.jsonl, line);
        // Checked only here: a line with a NUL in it is never valid JSON.
        const problem = textProblem(text);
        if (problem) return writeError(sink, `line ${line} ${problem}`, line);
        return writeError(sink, `not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}`, line);
      }
      const parsed = parseEnvelopeInBulk(json);
      if (!parsed.ok) return writeError(sink, parsed.error, line);
      const result = quote(parsed.request, set, options);
      if (!result.ok) return writeError(sink, result.error, line);
      sink.text(quoteRecordText(result.quote, parsed.derivation, line));
      sink.byte(NEWLINE);
      return true;
    },
  };
}

/** Output is about 4.3 times its input; a sink this many times the input rarely grows. */
const OUTPUT_RATIO = 5;

/** Prices a batch of whole lines into the bytes of its output lines (into `spare`, if it fits). */
export function priceBatchWith(pricer: LinePricer, batch: LineBatch, spare?: ArrayBuffer): PricedBatch {
  const sink = new ByteSink(batch.bytes.length * OUTPUT_RATIO, spare);
  if (batch.tooLong) {
    pricer.price(null, batch.firstLine, sink);
    return { bytes: sink.done(), failed: 1 };
  }
  let failed = 0;
  const { text, valid } = decodeUtf8(batch.bytes);
  const lines = text.split('\n');
  lines.pop(); // the batch ends with a newline
  // A byte-order mark is skipped at the start of the input only (decodeUtf8 keeps it).
  if (batch.firstLine === 1 && lines[0]?.startsWith('\uFEFF')) lines[0] = lines[0].slice(1);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const number = batch.firstLine + i;
    // Only a batch with bytes that were not UTF-8 has lines to refuse for it.
    const problem = valid ? null : textProblem(line);
    if (problem) {
      writeError(sink, `line ${number} ${problem}`, number);
      failed += 1;
      continue;
    }
    try {
      if (!pricer.price(line.endsWith('\r') ? line.slice(0, -1) : line, number, sink)) failed += 1;
    } catch (error) {
      // One line never stops the run (a line is written whole or not at all).
      const reason = error instanceof Error ? error.message : String(error);
      writeError(sink, `could not be priced: ${reason}`, number);
      failed += 1;
    }
  }
  return { bytes: sink.done(), failed };
}

/** A batch pricer in this thread, for small inputs and tests. */
export function inThreadPricer(set: CardSet, options: QuoteOptions): BatchPricer {
  const pricer = createLinePricer(set, options);
  const spares = new SpareBuffers();
  return {
    parallelism: 1,
    price: (batch) => Promise.resolve(priceBatchWith(pricer, batch, spares.take())),
    recycle: (bytes) => spares.put(bytes.buffer as ArrayBuffer),
    close: () => Promise.resolve(),
  };
}
