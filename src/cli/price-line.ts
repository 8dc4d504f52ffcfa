/**
 * One envelope line in, one JSON line out (SPEC §6), written straight into the batch's
 * output buffer. Identical requests give identical lines but for the line number, the
 * duration echoed and the input-type reason, so the rest of each answer is memoized
 * (bounded) as UTF-8 bytes, by model and `requestCode`. What one pricer computes it can
 * hand to another (`learned`, `learn`): workers share their memos instead of each pricing
 * every distinct request.
 */
import {
  decodeUtf8,
  EMPTY_LINE_ERROR,
  parseEnvelopeInBulk,
  quote,
  requestCode,
  textProblem,
  toErrorRecord,
  toQuoteRecord,
  type CardSet,
  type QuoteOptions,
} from '../engine';
import { ByteSink, SpareBuffers } from './byte-sink';
import { MAX_LINE_BYTES, type BatchPricer, type LineBatch, type PricedBatch } from './jsonl';

const MEMO_LIMIT = 50_000;
const NEWLINE = 0x0a;

/** A memo entry: model, request code, and the rest of the output line as text. */
export type MemoEntry = readonly [model: string, code: number, rest: string];

export interface LinePricer {
  /** Writes the answer to one line, newline included; false when the line failed. `null` text: a line too long to keep. */
  price(text: string | null, line: number, sink: ByteSink): boolean;
  /** The entries this pricer computed since it was last asked (kept only when sharing). */
  learned(): MemoEntry[];
  /** Entries another pricer (with the same cards and options) computed. */
  learn(entries: readonly MemoEntry[]): void;
}

/** Each distinct input-type reason as its JSON member, encoded once (there are few). */
function reasonMembers(limit: number) {
  const cache = new Map<string, { text: string; bytes: Uint8Array }>();
  return (reason: string) => {
    let member = cache.get(reason);
    if (!member) {
      const text = `"input_type_reason":${JSON.stringify(reason)},`;
      member = { text, bytes: Buffer.from(text) };
      if (cache.size >= limit) cache.clear();
      cache.set(reason, member);
    }
    return member;
  };
}

/** The memo: model → request code → the rest of the line, bounded in entries. */
class Memo {
  private readonly byModel = new Map<string, Map<number, Uint8Array>>();
  private size = 0;
  get(model: string, code: number): Uint8Array | undefined {
    return this.byModel.get(model)?.get(code);
  }
  set(model: string, code: number, rest: Uint8Array) {
    if (this.size >= MEMO_LIMIT) {
      this.byModel.clear();
      this.size = 0;
    }
    let codes = this.byModel.get(model);
    if (!codes) this.byModel.set(model, (codes = new Map()));
    if (!codes.has(code)) this.size += 1;
    codes.set(code, rest);
  }
}

function writeError(sink: ByteSink, error: string, line: number): false {
  sink.text(JSON.stringify(toErrorRecord(error, line)));
  sink.byte(NEWLINE);
  return false;
}

/** `share`: keep what is priced for `learned()`, to hand to other pricers (workers). */
export function createLinePricer(set: CardSet, options: QuoteOptions, { share = false } = {}): LinePricer {
  const memo = new Memo();
  let fresh: MemoEntry[] = [];
  const reasonMember = reasonMembers(1000);
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
      const r = parsed.request;
      const code = requestCode(r);
      // A finite number's JSON is its String(); both are ASCII.
      const head = `{"ok":true,"line":${line},"duration_seconds":${String(r.durationSeconds)},`;
      const reason = reasonMember(parsed.derivation.reason);
      let rest = memo.get(r.model, code);
      if (rest === undefined) {
        const result = quote(r, set, options);
        if (!result.ok) return writeError(sink, result.error, line);
        const record = JSON.stringify(toQuoteRecord(result.quote, parsed.derivation, line));
        // The record must begin with exactly head + reason for the memo to be sound.
        if (!record.startsWith(head + reason.text)) throw new Error('quote record members are out of order');
        const restText = record.slice(head.length + reason.text.length);
        rest = Buffer.from(restText);
        // A refusal that names the exact duration ("15.6 s rounds to 16 s") is not shared
        // with other durations of the same code.
        if (!result.quote.vendor.all.some((q) => q.status === 'unavailable' && q.namesDuration)) {
          memo.set(r.model, code, rest);
          if (share) fresh.push([r.model, code, restText]);
        }
      }
      sink.ascii(head);
      sink.bytes(reason.bytes);
      sink.bytes(rest);
      sink.byte(NEWLINE);
      return true;
    },
    learned() {
      const entries = fresh;
      fresh = [];
      return entries;
    },
    learn(entries) {
      for (const [model, code, rest] of entries) if (memo.get(model, code) === undefined) memo.set(model, code, Buffer.from(rest));
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
