/** The real rate cards from `rate-cards/`, loaded once for tests. */
import { loadCardSet } from '../../src/cli/load-cards';
import type { CardSet } from '../../src/engine';
import { findInternalCard } from '../../src/engine/cards/card-set';
import type { InternalCard } from '../../src/engine/cards/rate-card-internal';

const loaded = loadCardSet();
if (!loaded.ok) throw new Error(`rate cards refused:\n${loaded.problems.join('\n')}`);

export const cards: CardSet = loaded.set;

export function internalCard(): InternalCard {
  const card = findInternalCard(cards);
  if (!card) throw new Error('no internal card');
  return card;
}
