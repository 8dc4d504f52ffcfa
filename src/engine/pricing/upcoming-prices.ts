/**
 * SPEC §8: a card version already loaded but not yet in force on the quote's date is
 * announced with what the same request will cost from the day it takes effect.
 */
import type { CardSet } from '../cards/card-set';
import { cardsInForce, effectiveDate, versionsOf } from '../cards/cards-in-force';
import { laterVersions } from '../cards/card-timeline';
import type { CardStamp } from '../cards/rate-card-common';
import { minus, toDecimalString, type Money } from '../money/money';
import { quote, type Quote, type QuoteOptions } from './quote';
import type { VendorQuote } from './vendor-cost';

/** An amount from that day, with its change from the quote's (later − now, exact). */
export interface UpcomingAmount {
  readonly usd: string;
  /** Null when the quote has no amount to compare with (its vendor cost was unavailable). */
  readonly differenceUsd: string | null;
  readonly card: CardStamp;
}

export interface UpcomingPrice {
  /** The day (UTC) the later versions take effect. */
  readonly date: string;
  /** The versions of the quote's cards that take effect that day. */
  readonly cards: readonly CardStamp[];
  /** The internal price as billed, when the internal card changes that day. */
  readonly internal: UpcomingAmount | null;
  /** The vendor cost on the same card, when it (or its package's card) changes that day. */
  readonly vendor: UpcomingAmount | { readonly unavailable: string } | null;
  /** Why the request cannot be priced from that day (no price then). */
  readonly error: string | null;
}

const unitCardOf = (q: VendorQuote) => (q.status === 'priced' ? q.unitPrice?.card : undefined);
const same = (a: CardStamp | undefined, b: CardStamp | undefined) => a?.id === b?.id && a?.version === b?.version;

function change(later: { usd: string; amount: Money; card: CardStamp }, now: Money): UpcomingAmount {
  return { usd: later.usd, differenceUsd: toDecimalString(minus(later.amount, now), 2), card: later.card };
}

/**
 * One entry per later date of the quote's internal, vendor and package cards, soonest first.
 * `setOn` gives the cards in force on a date: a caller pricing often passes `cardTimeline(set)`.
 */
export function upcomingPrices(
  now: Quote,
  set: CardSet,
  options: QuoteOptions = {},
  setOn: (date: string) => CardSet = (date) => cardsInForce(set, date),
): UpcomingPrice[] {
  if (set.asOf === null) return [];
  const asOf = set.asOf;
  const used = now.vendor.used;
  const unitCard = unitCardOf(used);
  const later = [
    ...laterVersions(versionsOf(set.versions.internal, now.internal.asBilled.card.id), asOf),
    ...laterVersions(versionsOf(set.versions.vendor, used.card.id), asOf),
    ...(unitCard ? laterVersions(versionsOf(set.versions.packages, unitCard.id), asOf) : []),
  ];
  const dates = [...new Set(later.map(effectiveDate).filter((d): d is string => d !== null))].sort();
  let before = now;
  return dates.map((date) => {
    const cards = later.filter((c) => effectiveDate(c) === date).map((c) => ({ id: c.id, version: c.version }));
    const result = quote(now.request, setOn(date), options);
    if (!result.ok) return { date, cards, internal: null, vendor: null, error: result.error };
    const then = result.quote;
    // Said on the day a card changes; the change is always from the quote's own amounts.
    const internal = same(then.internal.asBilled.card, before.internal.asBilled.card)
      ? null
      : change(then.internal.asBilled, now.internal.asBilled.amount);
    const v = then.vendor.used;
    const b = before.vendor.used;
    const vendorChanged = !same(v.card, b.card) || !same(unitCardOf(v), unitCardOf(b));
    const vendor = !vendorChanged
      ? null
      : v.status === 'unavailable'
        ? { unavailable: v.reason }
        : used.status === 'priced'
          ? change(v, used.amount)
          : { usd: v.usd, differenceUsd: null, card: v.card };
    before = then;
    return { date, cards, internal, vendor, error: null };
  });
}
