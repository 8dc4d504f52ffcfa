/** The words of an internal price: its notices (floor, cap, unknown model, audio, 720p) and its steps. */
import type { InternalCard } from '../cards/rate-card-internal';
import { toDecimalString, type Money } from '../money/money';
import type { QuoteRequest } from '../request/quote-request';
import type { Resolution } from '../request/vocabulary';
import { info, warning, type Notice, type Step } from './notice';

const SOURCE = 'internal card';

/** The model multiplier and whether the card knows the model (SPEC §2 rule 6). */
export function modelMultiplier(card: InternalCard, model: string): { value: string; known: boolean } {
  const value = Object.hasOwn(card.modelMultipliers, model) ? card.modelMultipliers[model] : undefined;
  return value === undefined ? { value: card.unknownModelMultiplier, known: false } : { value, known: true };
}

/** What the notices read of a price's amounts. */
export interface Outcome {
  readonly rounded: Money;
  readonly applied: 'floor' | 'cap' | null;
  readonly modelKnown: boolean;
}

export function stepsOf(
  request: QuoteRequest,
  card: InternalCard,
  resolution: Resolution,
  seconds: number,
  honorResolution: boolean,
): Step[] {
  const model = modelMultiplier(card, request.model);
  const resolutionSource = honorResolution
    ? `${SOURCE}: resolution ${resolution} (honoured as requested)`
    : `${SOURCE}: billing passes ${card.billedResolution} whatever was requested`;
  return [
    {
      key: 'seconds',
      label: 'Billed seconds',
      value: String(seconds),
      source: 'the requested duration rounded up to a whole second',
    },
    {
      key: 'base',
      label: `Base rate, ${request.mode}`,
      value: card.basePerSecondUsd[request.mode],
      source: `${SOURCE}: USD per second`,
    },
    {
      key: 'resolution',
      label: `Resolution ${resolution}`,
      value: card.resolutionMultipliers[resolution],
      source: resolutionSource,
    },
    {
      key: 'input',
      label: `Input ${request.inputType}`,
      value: card.inputMultipliers[request.inputType],
      source: `${SOURCE}: input multiplier`,
    },
    {
      key: 'model',
      label: `Model ${request.model}`,
      value: model.value,
      source: model.known ? `${SOURCE}: model multiplier` : `${SOURCE}: unknown model, default multiplier`,
    },
  ];
}

export function noticesOf(request: QuoteRequest, card: InternalCard, o: Outcome, honorResolution: boolean): Notice[] {
  const notices: Notice[] = [];
  if (o.applied === 'floor') {
    const formula = toDecimalString(o.rounded, 2);
    notices.push(warning('floor-applied', `The $${card.clampUsd.min} floor applies: the formula gives $${formula}.`));
  }
  if (o.applied === 'cap') {
    const formula = toDecimalString(o.rounded, 2);
    notices.push(warning('cap-applied', `The $${card.clampUsd.max} cap applies: the formula gives $${formula}.`));
  }
  if (!o.modelKnown) {
    const multiplier = `the default multiplier ${card.unknownModelMultiplier}`;
    const message = `Model "${request.model}" is not on the internal card: priced with ${multiplier}.`;
    notices.push(warning('unknown-model', message));
  }
  if (request.audio) {
    notices.push(
      warning('audio-not-charged', 'Audio is not charged internally, but the vendor charges for it: a margin risk.'),
    );
  }
  if (!honorResolution && request.resolution !== card.billedResolution) {
    const asked = `${request.resolution} was requested`;
    const message = `Billing charges ${card.billedResolution} whatever the request asks; ${asked}.`;
    notices.push(info('resolution-not-honored', message));
  }
  return notices;
}
