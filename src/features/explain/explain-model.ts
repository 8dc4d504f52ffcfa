/** From pasted text, the fields of a charge and a date, to everything the Explain screen shows. */
import {
  cardsInForce,
  checkCharge,
  checkTaskResult,
  parseEnvelope,
  quote,
  readExplainInput,
  type CardSet,
  type ChargeCheck,
  type Misplaced,
  type NormalizedEnvelope,
  type Quote,
  type ResultCheck,
} from '../../engine';
import { parseJson } from '../../lib/parse-json';
import { isOverUtf8Bytes } from '../../lib/utf8-length';
import { combineCharge, type FieldErrors, type UsedCharge } from './charge-inputs';
import type { ExplainState } from './explain-state';

export const MAX_PASTE_BYTES = 1_000_000;

/** The day the cards were taken in force on, and why that day. */
export interface PricedOn {
  readonly date: string;
  readonly from: 'created_at' | 'as-of';
}

export type Explanation =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'error';
      readonly stage: 'size' | 'json' | 'envelope' | 'response' | 'price' | 'date';
      readonly message: string;
    }
  | {
      readonly kind: 'ok';
      readonly envelope: NormalizedEnvelope;
      readonly quote: Quote;
      /** The cards in force on `pricedOn.date`: what the quote was priced on. */
      readonly set: CardSet;
      readonly pricedOn: PricedOn;
      readonly used: UsedCharge;
      readonly check: ChargeCheck | null;
      /** The duration of each returned video against the request; null when none was given. */
      readonly durations: readonly ResultCheck[] | null;
      readonly misplaced: readonly Misplaced[];
    };

export interface ExplainResult {
  readonly explanation: Explanation;
  /** What the typed fields could not read, by field; a wrong "As of" date is one too. */
  readonly fieldErrors: FieldErrors & { readonly asOf?: string };
  /** The typed and pasted values, combined: shown beside the fields even before the paste reads. */
  readonly used: UsedCharge;
  /** The "As of" date as read (today when it is empty or not a date). */
  readonly asOf: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readAsOf(text: string, today: string): { date: string; error?: string } {
  if (text.trim() === '') return { date: today };
  const valid = DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  return valid ? { date: text } : { date: today, error: `As of: must be a date (YYYY-MM-DD); ${today} is used` };
}

type Stage = Extract<Explanation, { kind: 'error' }>['stage'];
const fail = (stage: Stage, message: string): Explanation => ({ kind: 'error', stage, message });

function readPaste(text: string) {
  if (text.trim() === '') return null;
  if (isOverUtf8Bytes(text, MAX_PASTE_BYTES))
    return fail('size', 'The paste is over 1 MB: paste one envelope, or price a file below.');
  const json = parseJson(text);
  if (!json.ok) return fail('json', json.error);
  const input = readExplainInput(json.value);
  return input.ok ? input : fail('response', input.error);
}

export function explain(text: string, all: CardSet, state: ExplainState, today: string): ExplainResult {
  const asOf = readAsOf(state.asOf, today);
  const input = readPaste(text);
  const read = input && 'ok' in input ? input : null;
  const { used, errors } = combineCharge(state, read?.fields ?? null);
  const fieldErrors = asOf.error ? { ...errors, asOf: asOf.error } : errors;
  const done = (explanation: Explanation): ExplainResult => ({ explanation, fieldErrors, used, asOf: asOf.date });
  if (input === null) return done({ kind: 'empty' });
  if (!read) return done(input as Explanation);
  const envelope = parseEnvelope(read.envelope);
  if (!envelope.ok) return done(fail('envelope', `This is not a request envelope: ${envelope.error}.`));
  const createdAt = used.createdAt.value;
  const pricedOn: PricedOn = createdAt
    ? { date: createdAt.date, from: 'created_at' }
    : { date: asOf.date, from: 'as-of' };
  const set = cardsInForce(all, pricedOn.date);
  const result = quote(envelope.request, set);
  if (!result.ok) {
    if (set.internal.length > 0) return done(fail('price', result.error));
    const which = createdAt ? 'created_at' : 'the As of date';
    const next = createdAt ? 'Check created_at.' : 'Pick an As of date on or after it.';
    return done(fail('date', `Nothing was in force on ${pricedOn.date} (${which}): ${result.error}. ${next}`));
  }
  const check = checkCharge(
    result.quote,
    { createdAt, chargedUsd: used.chargedUsd.value, unitsDeducted: used.unitsDeducted.value },
    set,
  );
  const seconds = used.videoSeconds.value;
  const durations = seconds
    ? checkTaskResult(result.quote, { finalUnitDeduction: null, videoDurations: seconds, status: null })
    : null;
  return done({
    kind: 'ok',
    envelope,
    quote: result.quote,
    set,
    pricedOn,
    used,
    check,
    durations,
    misplaced: read.misplaced,
  });
}
