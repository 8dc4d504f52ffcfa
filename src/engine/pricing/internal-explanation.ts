/** The notices of an internal price: floor, cap, unknown model, audio, the 720p rule. */
import type { InternalCard } from '../cards/rate-card-internal';
import type { QuoteRequest } from '../request/quote-request';
import { info, warning, type Notice } from './notice';

/** What the notices read of a price's amounts. */
export interface Outcome {
  /** The formula's amount rounded to the cent, as text. */
  readonly roundedUsd: string;
  readonly applied: 'floor' | 'cap' | null;
  readonly modelKnown: boolean;
}

export function noticesOf(request: QuoteRequest, card: InternalCard, o: Outcome, honorResolution: boolean): Notice[] {
  const notices: Notice[] = [];
  if (o.applied === 'floor') {
    notices.push(
      warning('floor-applied', `The $${card.clampUsd.min} floor applies: the formula gives $${o.roundedUsd}.`),
    );
  }
  if (o.applied === 'cap') {
    notices.push(warning('cap-applied', `The $${card.clampUsd.max} cap applies: the formula gives $${o.roundedUsd}.`));
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
