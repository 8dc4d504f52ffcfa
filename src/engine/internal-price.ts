/**
 * The internal price of SPEC §2:
 * ceil(seconds) × base(mode) × res(resolution) × input(type) × model, rounded once to the
 * cent with the card's mode, then clamped. With `honorResolution: false` (what billing does
 * today) the formula is given the card's billed resolution (720p) whatever was requested.
 */
import { compareAmounts, times, toDecimalString, toRatio, usd, wholeRatio, roundTo, type Money } from './money';
import { info, warning, type Notice, type Step } from './notice';
import type { QuoteRequest } from './quote-request';
import { stampOf, type CardStamp } from './rate-card-common';
import type { InternalCard } from './rate-card-internal';
import type { Resolution } from './vocabulary';

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

/** base × res × input × model, exact; a few dozen distinct products exist per card. */
const rates = new Map<string, Money>();
function ratePerSecond(base: string, res: string, input: string, model: string): Money {
  const key = `${base}|${res}|${input}|${model}`;
  let rate = rates.get(key);
  if (!rate) {
    rate = usd(base);
    for (const factor of [res, input, model]) rate = times(rate, toRatio(factor));
    if (rates.size > 10_000) rates.clear();
    rates.set(key, rate);
  }
  return rate;
}

const clamps = new WeakMap<InternalCard, { min: Money; max: Money }>();
function clampOf(card: InternalCard): { min: Money; max: Money } {
  let clamp = clamps.get(card);
  if (!clamp) clamps.set(card, (clamp = { min: usd(card.clampUsd.min), max: usd(card.clampUsd.max) }));
  return clamp;
}

const cache = new WeakMap<InternalCard, Map<string, InternalPrice>>();
const CACHE_LIMIT = 10_000;

/** Prices one normalized request on the internal card. Pure; results are cached per card. */
export function priceInternal(request: QuoteRequest, card: InternalCard, options: InternalPriceOptions): InternalPrice {
  const resolution = options.honorResolution ? request.resolution : card.billedResolution;
  const seconds = internalSeconds(request.durationSeconds);
  // Everything the result depends on; the raw duration only through `seconds`.
  const key = `${seconds}|${request.mode}|${resolution}|${request.inputType}|${request.audio}|${request.resolution}|${request.model}|${options.honorResolution}`;
  let perCard = cache.get(card);
  if (!perCard) cache.set(card, (perCard = new Map()));
  const hit = perCard.get(key);
  if (hit) return hit;
  const price = compute(request, card, resolution, seconds, options.honorResolution);
  if (perCard.size >= CACHE_LIMIT) perCard.clear();
  perCard.set(key, price);
  return price;
}

function compute(
  request: QuoteRequest,
  card: InternalCard,
  resolution: Resolution,
  seconds: number,
  honorResolution: boolean,
): InternalPrice {
  const model = modelMultiplier(card, request.model);
  const base = card.basePerSecondUsd[request.mode];
  const res = card.resolutionMultipliers[resolution];
  const input = card.inputMultipliers[request.inputType];
  const resolutionSource = honorResolution
    ? `${SOURCE}: resolution ${resolution} (honoured as requested)`
    : `${SOURCE}: billing passes ${card.billedResolution} whatever was requested`;
  const steps: Step[] = [
    { key: 'seconds', label: 'Billed seconds', value: String(seconds), source: 'the requested duration rounded up to a whole second' },
    { key: 'base', label: `Base rate, ${request.mode}`, value: base, source: `${SOURCE}: USD per second` },
    { key: 'resolution', label: `Resolution ${resolution}`, value: res, source: resolutionSource },
    { key: 'input', label: `Input ${request.inputType}`, value: input, source: `${SOURCE}: input multiplier` },
    {
      key: 'model',
      label: `Model ${request.model}`,
      value: model.value,
      source: model.known ? `${SOURCE}: model multiplier` : `${SOURCE}: unknown model, default multiplier`,
    },
  ];

  const raw = times(ratePerSecond(base, res, input, model.value), wholeRatio(seconds));
  const rounded = roundTo(raw, 2, card.rounding);
  const { min, max } = clampOf(card);
  const applied = compareAmounts(rounded, min) < 0 ? 'floor' : compareAmounts(rounded, max) > 0 ? 'cap' : null;
  const amount = applied === 'floor' ? min : applied === 'cap' ? max : rounded;
  const roundedUsd = toDecimalString(rounded, 2);
  const chargedUsd = toDecimalString(amount, 2);

  const notices: Notice[] = [];
  if (applied === 'floor') {
    notices.push(warning('floor-applied', `The $${card.clampUsd.min} floor applies: the formula gives $${roundedUsd}.`));
  }
  if (applied === 'cap') {
    notices.push(warning('cap-applied', `The $${card.clampUsd.max} cap applies: the formula gives $${roundedUsd}.`));
  }
  if (!model.known) {
    notices.push(
      warning(
        'unknown-model',
        `Model "${request.model}" is not on the internal card: priced with the default multiplier ${card.unknownModelMultiplier}.`,
      ),
    );
  }
  if (request.audio) {
    notices.push(
      warning('audio-not-charged', 'Audio is not charged internally, but the vendor charges for it: a margin risk.'),
    );
  }
  if (!honorResolution && request.resolution !== card.billedResolution) {
    notices.push(
      info(
        'resolution-not-honored',
        `Billing charges ${card.billedResolution} whatever the request asks; ${request.resolution} was requested.`,
      ),
    );
  }

  return {
    card: stampOf(card),
    honorResolution,
    resolution,
    billedSeconds: seconds,
    steps,
    rawUsd: toDecimalString(raw, 2),
    rounding: { mode: card.rounding, decimals: 2, roundedUsd },
    clamp: { applied, minUsd: card.clampUsd.min, maxUsd: card.clampUsd.max, unclampedUsd: roundedUsd },
    usd: chargedUsd,
    amount,
    notices,
  };
}
