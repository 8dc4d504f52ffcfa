/** The models an alternatives search tries: every model a card prices, but approximate app credits. */
import type { CardSet } from '../cards/card-set';

/** Every model any card knows, sorted, but the approximate app-credit ones (not a Kling API model). */
export function candidateModels(set: CardSet): string[] {
  const models = new Set<string>();
  for (const card of set.internal) for (const m of Object.keys(card.modelMultipliers)) models.add(m);
  for (const card of set.vendor)
    if (!card.approximate) for (const row of card.rows) for (const m of row.models) models.add(m);
  return [...models].sort();
}
