/**
 * The shipped cards plus made-up versions of the internal card, for tests of dates: never
 * written to `rate-cards/` (SPEC §8 tests use cards of their own).
 */
import { readCardFiles } from '../../src/cli/load-cards';
import { buildCardSet, type CardSet, type RateCard } from '../../src/engine';
import type { InternalCard } from '../../src/engine/cards/rate-card-internal';

export function shippedCards(): RateCard[] {
  return readCardFiles().flatMap((p) => (p.ok ? [p.card] : []));
}

export function shippedInternal(): InternalCard {
  const card = shippedCards().find((c): c is InternalCard => c.kind === 'internal');
  if (!card) throw new Error('no internal card');
  return card;
}

/** A version of the shipped internal card dated `version`, changed by `change`. */
export function internalVersion(version: string, change: (card: InternalCard) => Partial<InternalCard>): InternalCard {
  const card = shippedInternal();
  return { ...card, version, ...change(card) };
}

/** The shipped cards and these extra versions, every version loaded (asOf null). */
export function cardsWith(...extra: RateCard[]): CardSet {
  return buildCardSet([...shippedCards(), ...extra]);
}
