/**
 * One envelope line in, one JSON line out (SPEC §6), written straight into the batch's
 * output buffer. A line whose exact text came before is answered from the thread's memo
 * (`LineMemo`); a line without a charge, from its request's class's record template
 * (`RecordTemplates`); both turn themselves off on input that does not repeat. Every other
 * line is priced afresh.
 */
import {
  cardTimeline,
  checkCharge,
  readChargeFields,
  decodeUtf8,
  EMPTY_LINE_ERROR,
  LineMemo,
  parseEnvelopeInBulk,
  quote,
  textProblem,
  toErrorRecord,
  quoteRecordText,
  type LineMemoOptions,
  type TemplatedRecord,
  type CardSet,
  type QuoteOptions,
} from '../engine';
import { ByteSink, SpareBuffers } from './byte-sink';
import { LineWriter } from './line-writer';
import { OK_LINE_HEAD, recordClasses } from './record-classes';
import { MAX_LINE_BYTES, type BatchPricer, type LineBatch, type PricedBatch } from './jsonl';

/** How a line ended: priced, failed, or priced with a charge that does not match. */
export const PRICED = 0;
export const FAILED = 1;
export const MISMATCHED = 2;
type LineOutcome = typeof PRICED | typeof FAILED | typeof MISMATCHED;

interface Answer {
  readonly outcome: LineOutcome;
  readonly text: string;
}

// Every answer starts with one of these, then its line number: the rest is what the memo keeps.
const HEADS = [OK_LINE_HEAD, '{"ok":false,"line":'];
const OK_LINE = Buffer.from(OK_LINE_HEAD);
const headOf = (outcome: LineOutcome) => HEADS[outcome === FAILED ? 1 : 0];

/** Keeps an answer (its head and number left out), for the next line with this text. */
function remember(memo: LineMemo, text: string, answer: string, line: number, outcome: LineOutcome) {
  memo.set(text, { outcome, tail: answer.slice(headOf(outcome).length + String(line).length) });
}

export interface LinePricer {
  /** Writes the answer to one line, newline included. `null` text: a line too long to keep. */
  price(text: string | null, line: number, out: LineWriter): LineOutcome;
  /** The date lines without `created_at` are priced as of. */
  readonly asOf: string;
}

/**
 * Prices lines as of `asOf` (YYYY-MM-DD), or as of a line's own `created_at`, on the cards
 * in force then, out of every version in `set`.
 */
export function createLinePricer(
  set: CardSet,
  asOf: string,
  options: QuoteOptions,
  memo: LineMemo | null = new LineMemo(),
  templates: LineMemoOptions | false = {},
): LinePricer {
  const onDate = cardTimeline(set);
  const byDefault = onDate(asOf);
  const classes = templates === false ? null : recordClasses(set, byDefault, options, templates);
  const writeError = (out: LineWriter, error: string, line: number): typeof FAILED => {
    out.line(errorLine(error, line, asOf));
    return FAILED;
  };
  const errorAnswer = (error: string, line: number, when = asOf): Answer => ({
    outcome: FAILED,
    text: errorLine(error, line, when),
  });
  /** The answer to a line that is valid JSON: every part of it a function of the text (but its number). */
  const priceJson = (json: unknown, line: number): Answer | TemplatedRecord => {
    const parsed = parseEnvelopeInBulk(json);
    if (!parsed.ok) return errorAnswer(parsed.error, line);
    // Only an object gets this far; most lines carry none of the charge fields.
    const read = readChargeFields(json as Record<string, unknown>);
    if (!read.ok) return errorAnswer(read.error, line);
    const charge = read.charge;
    // Only a line without a charge or a date of its own is priced as its class is.
    const templated = charge === null ? classes?.of(parsed.request, parsed.derivation) : null;
    if (templated) return templated;
    const createdAt = charge?.createdAt ?? null;
    const cards = createdAt ? onDate(createdAt.date) : byDefault;
    const result = quote(parsed.request, cards, options);
    if (!result.ok) return errorAnswer(result.error, line, createdAt?.text);
    const check = charge ? checkCharge(result.quote, charge, cards) : null;
    return {
      outcome: check?.status === 'mismatch' ? MISMATCHED : PRICED,
      text: quoteRecordText(result.quote, parsed.derivation, line, { asOf: createdAt?.text, check }),
    };
  };
  return {
    asOf,
    price(text, line, out) {
      if (text === null) return writeError(out, `line is longer than ${MAX_LINE_BYTES} bytes`, line);
      const known = memo?.get(text);
      if (known) {
        const outcome = known.outcome as LineOutcome;
        out.line(headOf(outcome) + String(line) + known.tail);
        return outcome;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        if (text.trim() === '') return writeError(out, EMPTY_LINE_ERROR.jsonl, line);
        // Checked only here: a line with a NUL in it is never valid JSON.
        const problem = textProblem(text);
        if (problem) return writeError(out, `line ${line} ${problem}`, line);
        return writeError(out, `not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}`, line);
      }
      const answer = priceJson(json, line);
      if ('template' in answer) {
        out.template(OK_LINE, line, answer);
        return PRICED;
      }
      out.line(answer.text);
      if (memo?.active) remember(memo, text, answer.text, line, answer.outcome);
      return answer.outcome;
    },
  };
}

/** The answer to a line that could not be priced. */
function errorLine(error: string, line: number, asOf: string): string {
  return JSON.stringify(toErrorRecord(error, line, asOf));
}

/** Output is 4 to 5.2 times its input; a sink this many times the input rarely grows. */
const OUTPUT_RATIO = 6;

/** Prices a batch of whole lines into the bytes of its output lines (into `spare`, if it fits). */
export function priceBatchWith(pricer: LinePricer, batch: LineBatch, spare?: ArrayBuffer): PricedBatch {
  const sink = new ByteSink(batch.bytes.length * OUTPUT_RATIO, spare);
  const out = new LineWriter(sink);
  if (batch.tooLong) {
    pricer.price(null, batch.firstLine, out);
    out.flush();
    return { bytes: sink.done(), failed: 1, mismatched: 0 };
  }
  let failed = 0;
  let mismatched = 0;
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
      out.line(errorLine(`line ${number} ${problem}`, number, pricer.asOf));
      failed += 1;
      continue;
    }
    try {
      const outcome = pricer.price(line.endsWith('\r') ? line.slice(0, -1) : line, number, out);
      if (outcome === FAILED) failed += 1;
      else if (outcome === MISMATCHED) mismatched += 1;
    } catch (error) {
      // One line never stops the run (a line is written whole or not at all).
      const reason = error instanceof Error ? error.message : String(error);
      out.line(errorLine(`could not be priced: ${reason}`, number, pricer.asOf));
      failed += 1;
    }
  }
  out.flush();
  return { bytes: sink.done(), failed, mismatched };
}

/** A batch pricer in this thread, for small inputs and tests. */
export function inThreadPricer(set: CardSet, asOf: string, options: QuoteOptions): BatchPricer {
  const pricer = createLinePricer(set, asOf, options);
  const spares = new SpareBuffers();
  return {
    parallelism: 1,
    price: (batch) => Promise.resolve(priceBatchWith(pricer, batch, spares.take())),
    recycle: (bytes) => spares.put(bytes.buffer as ArrayBuffer),
    close: () => Promise.resolve(),
  };
}
