/** Versions of the internal card made in a test, as typed cards, beside the shipped ones. */
import { buildCardSet, type CardSet, type RateCard } from '../../src/engine';
import type { InternalCard } from '../../src/engine/cards/rate-card-internal';
import { cardSetWith } from './card-fixtures';

const shipped = () => cardSetWith();

export function shippedInternal(): InternalCard {
  return shipped().versions.internal[0];
}

/** A version of the shipped internal card dated `version`, changed by `change`. */
export function internalVersion(version: string, change: (card: InternalCard) => Partial<InternalCard>): InternalCard {
  const card = shippedInternal();
  return { ...card, version, ...change(card) };
}

/** The shipped cards and these extra versions, every version loaded (asOf null). */
export function cardsWith(...extra: RateCard[]): CardSet {
  const { internal, vendor, packages, services } = shipped().versions;
  return buildCardSet([...internal, ...vendor, ...packages, ...services, ...extra]);
}
