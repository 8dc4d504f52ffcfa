/**
 * The internal price of SPEC §2:
 * ceil(seconds) × base(mode) × res(resolution) × input(type) × model, rounded once to the
 * cent with the card's mode, then clamped. With `honorResolution: false` (what billing does
 * today) the formula is given the card's billed resolution (720p) whatever was requested.
 */
import { rateKey, type CompiledInternal } from '../cards/compiled-cards';
import { compareAmounts, roundTo, times, toDecimalString, wholeRatio, type Money } from '../money/money';
import { info, warning, type Notice, type Step } from './notice';
import type { QuoteRequest } from '../request/quote-request';
import type { CardStamp } from '../cards/rate-card-common';
import type { InternalCard } from '../cards/rate-card-internal';
import type { Resolution } from '../request/vocabulary';

export interface InternalPrice {
  readonly card: CardStamp;
  readonly honorResolution: boolean;
  /** The resolution the formula was given. */
  readonly resolution: Resolution;
  readonly billedSeconds: number;
  readonly steps: readonly Step[];
  /** The exact product of the factors, before any rounding. */
  readonly rawUsd: string;
  readonly rounding: { readonly mode: string; readonly decimals: 2; readonly roundedUsd: string };
  readonly clamp: {
    readonly applied: 'floor' | 'cap' | null;
    readonly minUsd: string;
    readonly maxUsd: string;
    readonly unclampedUsd: string;
  };
  /** What is charged, to the cent ("2.16"). */
  readonly usd: string;
  readonly amount: Money;
  readonly notices: readonly Notice[];
}

export interface InternalPriceOptions {
  readonly honorResolution: boolean;
}

const SOURCE = 'internal card';

/** Seconds the internal formula bills: the requested duration rounded up (5.2 s → 6 s). */
export function internalSeconds(durationSeconds: number): number {
  return Math.ceil(durationSeconds);
}

/** The model multiplier and whether the card knows the model (SPEC §2 rule 6). */
export function modelMultiplier(card: InternalCard, model: string): { value: string; known: boolean } {
  const value = Object.hasOwn(card.modelMultipliers, model) ? card.modelMultipliers[model] : undefined;
  return value === undefined ? { value: card.unknownModelMultiplier, known: false } : { value, known: true };
}

/**
 * Prices one normalized request on the internal card. Pure: the amounts first, from the
 * card's compiled factors; the steps of the calculation only when a caller reads them.
 */
export function priceInternal(request: QuoteRequest, compiled: CompiledInternal, options: InternalPriceOptions): InternalPrice {
  const card = compiled.card;
  const honorResolution = options.honorResolution;
  const resolution = honorResolution ? request.resolution : card.billedResolution;
  const seconds = internalSeconds(request.durationSeconds);
  const rate = compiled.rates.get(rateKey(request.mode, resolution, request.inputType));
  if (rate === undefined) throw new Error(`priceInternal: not a valid request (${request.mode}, ${resolution}, ${request.inputType})`);
  const modelFactor = compiled.models.get(request.model);
  const raw = times(times(rate, modelFactor ?? compiled.unknownModel), wholeRatio(seconds));
  const rounded = roundTo(raw, 2, card.rounding);
  const applied = compareAmounts(rounded, compiled.minUsd) < 0 ? 'floor' : compareAmounts(rounded, compiled.maxUsd) > 0 ? 'cap' : null;
  const amount = applied === 'floor' ? compiled.minUsd : applied === 'cap' ? compiled.maxUsd : rounded;
  const roundedUsd = toDecimalString(rounded, 2);
  const notices = noticesOf(request, card, { applied, roundedUsd, modelKnown: modelFactor !== undefined, honorResolution });
  return {
    card: compiled.stamp,
    honorResolution,
    resolution,
    billedSeconds: seconds,
    get steps() {
      return stepsOf(request, card, resolution, seconds, honorResolution);
    },
    rawUsd: toDecimalString(raw, 2),
    rounding: { mode: card.rounding, decimals: 2, roundedUsd },
    clamp: { applied, minUsd: card.clampUsd.min, maxUsd: card.clampUsd.max, unclampedUsd: roundedUsd },
    usd: applied === null ? roundedUsd : toDecimalString(amount, 2),
    amount,
    notices,
  };
}

function stepsOf(request: QuoteRequest, card: InternalCard, resolution: Resolution, seconds: number, honorResolution: boolean): Step[] {
  const model = modelMultiplier(card, request.model);
  const resolutionSource = honorResolution
    ? `${SOURCE}: resolution ${resolution} (honoured as requested)`
    : `${SOURCE}: billing passes ${card.billedResolution} whatever was requested`;
  return [
    { key: 'seconds', label: 'Billed seconds', value: String(seconds), source: 'the requested duration rounded up to a whole second' },
    { key: 'base', label: `Base rate, ${request.mode}`, value: card.basePerSecondUsd[request.mode], source: `${SOURCE}: USD per second` },
    { key: 'resolution', label: `Resolution ${resolution}`, value: card.resolutionMultipliers[resolution], source: resolutionSource },
    { key: 'input', label: `Input ${request.inputType}`, value: card.inputMultipliers[request.inputType], source: `${SOURCE}: input multiplier` },
    {
      key: 'model',
      label: `Model ${request.model}`,
      value: model.value,
      source: model.known ? `${SOURCE}: model multiplier` : `${SOURCE}: unknown model, default multiplier`,
    },
  ];
}

interface Outcome {
  readonly applied: 'floor' | 'cap' | null;
  readonly roundedUsd: string;
  readonly modelKnown: boolean;
  readonly honorResolution: boolean;
}

function noticesOf(request: QuoteRequest, card: InternalCard, o: Outcome): Notice[] {
  const notices: Notice[] = [];
  if (o.applied === 'floor') {
    notices.push(warning('floor-applied', `The $${card.clampUsd.min} floor applies: the formula gives $${o.roundedUsd}.`));
  }
  if (o.applied === 'cap') {
    notices.push(warning('cap-applied', `The $${card.clampUsd.max} cap applies: the formula gives $${o.roundedUsd}.`));
  }
  if (!o.modelKnown) {
    const multiplier = card.unknownModelMultiplier;
    const message = `Model "${request.model}" is not on the internal card: priced with the default multiplier ${multiplier}.`;
    notices.push(warning('unknown-model', message));
  }
  if (request.audio) {
    notices.push(
      warning('audio-not-charged', 'Audio is not charged internally, but the vendor charges for it: a margin risk.'),
    );
  }
  if (!o.honorResolution && request.resolution !== card.billedResolution) {
    const message = `Billing charges ${card.billedResolution} whatever the request asks; ${request.resolution} was requested.`;
    notices.push(info('resolution-not-honored', message));
  }
  return notices;
}
