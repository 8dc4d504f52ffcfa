/**
 * SPEC §8 on the Rate cards screen: every loaded version of every card, grouped by card, with
 * the day it takes effect and where it stands today: in force, future, or superseded.
 */
import { cardsInForce, effectiveDate, type CardSet, type RateCard } from '../../engine';

export type VersionStatus = 'in force' | 'future' | 'superseded';

export interface CardVersionRow {
  readonly card: RateCard;
  /** The day it takes effect (UTC). */
  readonly from: string | null;
  readonly status: VersionStatus;
  /** The day the next version takes over; null for the newest. */
  readonly until: string | null;
}

/** Every version of every card, newest first; the cards of one id together, ids in the order loaded. */
export function allVersions(set: CardSet): RateCard[] {
  const { internal, vendor, packages, services } = set.versions;
  const cards: RateCard[] = [...internal, ...vendor, ...packages, ...services];
  const ids = [...new Set(cards.map((c) => c.id))];
  return ids.flatMap((id) => cards.filter((c) => c.id === id));
}

/** Each version's standing on `today` (YYYY-MM-DD, UTC), as `cardsInForce` picks them. */
export function cardVersionRows(set: CardSet, today: string): CardVersionRow[] {
  const now = cardsInForce(set, today);
  const inForce = new Set<RateCard>([...now.internal, ...now.vendor, ...now.packages, ...now.services]);
  const cards = allVersions(set);
  return cards.map((card, i) => {
    const from = effectiveDate(card);
    const newer = i > 0 && cards[i - 1].id === card.id ? cards[i - 1] : null;
    const status = inForce.has(card) ? 'in force' : from !== null && from > today ? 'future' : 'superseded';
    return { card, from, status, until: newer ? effectiveDate(newer) : null };
  });
}
