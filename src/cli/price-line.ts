/**
 * One envelope line in, one JSON line out (SPEC §6). Identical requests give identical
 * lines but for the line number and the duration echoed, so the rest of each answer is
 * memoized (bounded) as UTF-8 bytes, and a batch is written straight into one buffer.
 */
import { durationKey, parseEnvelope, quote, toErrorRecord, toQuoteRecord, type CardSet, type QuoteOptions } from '../engine';
import { MAX_LINE_BYTES, type BatchPricer, type LineBatch, type PricedBatch } from './jsonl';

const MEMO_LIMIT = 50_000;

/** One output line: `text`, then the pre-encoded pieces of `rest`, if any. */
export interface PricedLine {
  readonly ok: boolean;
  readonly text: string;
  readonly rest?: readonly Uint8Array[];
}

export interface LinePricer {
  /** `null` text: a line too long to keep. */
  price(text: string | null, line: number): PricedLine;
}

const decoder = new TextDecoder();

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

export function createLinePricer(set: CardSet, options: QuoteOptions): LinePricer {
  const memo = new Map<string, Uint8Array>();
  const reasonMember = reasonMembers(1000);
  const fail = (error: string, line: number): PricedLine => ({ ok: false, text: JSON.stringify(toErrorRecord(error, line)) });
  return {
    price(text, line) {
      if (text === null) return fail(`line is longer than ${MAX_LINE_BYTES} bytes`, line);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        if (text.trim() === '') return fail('empty line: expected a request envelope as JSON', line);
        return fail(`not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}`, line);
      }
      const parsed = parseEnvelope(json, { details: false });
      if (!parsed.ok) return fail(parsed.error, line);
      const r = parsed.request;
      const d = r.durationSeconds;
      // The rest of a record depends on the duration only through durationKey; the exact
      // duration and the input-type reason are written in front of it.
      const key = `${r.model}\u0000${r.mode}\u0000${durationKey(d)}\u0000${r.resolution}\u0000${r.inputType}\u0000${r.audio}`;
      // A finite number's JSON is its String().
      const head = `{"ok":true,"line":${line},"duration_seconds":${String(d)},`;
      const reason = reasonMember(parsed.derivation.reason);
      let rest = memo.get(key);
      if (rest === undefined) {
        const result = quote(r, set, options);
        if (!result.ok) return fail(result.error, line);
        const record = JSON.stringify(toQuoteRecord(result.quote, parsed.derivation, line));
        // The record must begin with exactly head + reason for the memo to be sound.
        if (!record.startsWith(head + reason.text)) throw new Error('quote record members are out of order');
        rest = Buffer.from(record.slice(head.length + reason.text.length));
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(key, rest);
      }
      return { ok: true, text: head, rest: [reason.bytes, rest] };
    },
  };
}

/** A growable output buffer with a fresh ArrayBuffer of its own (safe to transfer). */
class ByteSink {
  private buffer: Buffer;
  private length = 0;
  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafeSlow(Math.max(1024, capacity));
  }
  private reserve(extra: number) {
    if (this.length + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
  text(s: string) {
    this.reserve(s.length * 3);
    // Short ASCII text (line heads, newlines) is copied char by char: cheaper than a call
    // into the encoder for every line.
    if (s.length <= 64) {
      let ascii = true;
      for (let i = 0; i < s.length; i += 1) {
        const code = s.charCodeAt(i);
        if (code > 127) {
          ascii = false;
          break;
        }
        this.buffer[this.length + i] = code;
      }
      if (ascii) {
        this.length += s.length;
        return;
      }
    }
    this.length += this.buffer.write(s, this.length);
  }
  bytes(b: Uint8Array) {
    this.reserve(b.length);
    this.buffer.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.length);
  }
}

/** Prices a batch of whole lines into the bytes of its output lines. */
export function priceBatchWith(pricer: LinePricer, batch: LineBatch): PricedBatch {
  const sink = new ByteSink(batch.bytes.length * 6);
  let failed = 0;
  const emit = (priced: PricedLine) => {
    if (!priced.ok) failed += 1;
    sink.text(priced.text);
    if (priced.rest) for (const piece of priced.rest) sink.bytes(piece);
    sink.text('\n');
  };
  if (batch.tooLong) {
    emit(pricer.price(null, batch.firstLine));
    return { bytes: sink.done(), failed };
  }
  const lines = decoder.decode(batch.bytes).split('\n');
  lines.pop(); // the batch ends with a newline
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const number = batch.firstLine + i;
    try {
      emit(pricer.price(line.endsWith('\r') ? line.slice(0, -1) : line, number));
    } catch (error) {
      // One line never stops the run.
      const reason = error instanceof Error ? error.message : String(error);
      emit({ ok: false, text: JSON.stringify(toErrorRecord(`could not be priced: ${reason}`, number)) });
    }
  }
  return { bytes: sink.done(), failed };
}

/** A batch pricer in this thread, for small inputs and tests. */
export function inThreadPricer(set: CardSet, options: QuoteOptions): BatchPricer {
  const pricer = createLinePricer(set, options);
  return {
    parallelism: 1,
    price: (batch) => Promise.resolve(priceBatchWith(pricer, batch)),
    close: () => Promise.resolve(),
  };
}
