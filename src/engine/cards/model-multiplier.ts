/** The model multiplier an internal card prices a model at (SPEC §2): its own, or its default for models not listed. */
import { findInternalCard, type CardSet } from './card-set';
import type { InternalCard } from './rate-card-internal';

/** The multiplier an internal card gives a model: its own, or its default for models it does not list. */
export function cardMultiplier(card: InternalCard, model: string): { factor: string; listed: boolean } {
  const listed = Object.hasOwn(card.modelMultipliers, model);
  return { factor: listed ? card.modelMultipliers[model] : card.unknownModelMultiplier, listed };
}

/** The multiplier the set's internal card in force gives a model; null when no internal card is loaded. */
export function modelMultiplierOf(set: CardSet, model: string): { factor: string; listed: boolean } | null {
  const card = findInternalCard(set);
  return card ? cardMultiplier(card, model) : null;
}
