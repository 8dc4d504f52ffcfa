/**
 * The card versions as spans of dates (SPEC §8): between two effective dates, the same cards
 * are in force, so a line's date picks one span and every factor of that span. Each span is
 * read here, in TypeScript, through the engine's own functions (`cardsInForce`, the compiled
 * cards, `findInternalCard`, `unitPriceFor`), so the SQL only looks its numbers up.
 */
import {
  DEFAULT_INTERNAL_CARD_ID,
  DEFAULT_VENDOR_CARD_ID,
  CUSTOM_RATES_CARD_ID,
  findInternalCard,
  findVendorCard,
  hasPackage,
  unitPriceFor,
  type CardSet,
} from '../cards/card-set';
import { cardsInForce, effectiveDate, notYetInForce } from '../cards/cards-in-force';
import type { CompiledInternal, CompiledVendor, UnitPrice } from '../cards/compiled-cards';
import { formatStamp } from '../cards/rate-card-common';
import type { VendorCard } from '../cards/rate-card-vendor';
import type { VendorQuote } from '../pricing/vendor-cost';
import { packageNotice } from '../pricing/quote-vendor';

/**
 * Stands for the line's own date in texts that name it ("… is in force on 2026-01-01"). It sorts
 * before every date, as the line's date does before a card that is not yet in force.
 */
export const AS_OF_MARK = '!as_of!';

/** What the options of a re-pricing choose, as `quote`'s options do. */
export interface RepriceCardOptions {
  readonly vendorCardId?: string;
  readonly packageId?: string;
}

export interface CardEpoch {
  readonly index: number;
  /** First date of the span (inclusive); null: before every card's first version. */
  readonly from: string | null;
  /** First date after the span; null: open-ended. */
  readonly until: string | null;
  /** A refusal of every line in the span (`quote`'s error), with AS_OF_MARK for the line's date. */
  readonly error: string | null;
  readonly internal: CompiledInternal | null;
  /** The chosen vendor card; null with `vendorReason` when it is not yet in force. */
  readonly vendor: CompiledVendor | null;
  readonly vendorReason: string | null;
  readonly vendorStamp: string | null;
  readonly unitPrice: UnitPrice | null;
  /** Every other card `quote` shows (`vendor_others`), in the set's order. */
  readonly others: readonly OtherVendor[];
  /** Where the chosen card stands among the shown cards (-1: not in force). */
  readonly chosenPos: number;
  /** `packageNotice` for the chosen card, and whether it needs the chosen card to price the line. */
  readonly packageNotice: { readonly code: string; readonly message: string; readonly whenPriced: boolean } | null;
}

/** A card shown beside the chosen one. */
export interface OtherVendor {
  readonly vendor: CompiledVendor;
  readonly stamp: string;
  readonly unitPrice: UnitPrice | null;
}

/** Every date on which some card's version takes effect, in order. */
function boundaries(set: CardSet): string[] {
  const { internal, vendor, packages } = set.versions;
  const dates = [...internal, ...vendor, ...packages].map(effectiveDate).filter((d): d is string => d !== null);
  return [...new Set(dates)].sort();
}

/** The date a span's cards are chosen with: before the first date, a date before any card. */
const EARLIEST = '0000-01-01';

function readEpoch(
  set: CardSet,
  from: string | null,
  until: string | null,
  index: number,
  options: RepriceCardOptions,
) {
  const inForce = cardsInForce(set, from ?? EARLIEST);
  // The texts that name the date are written with a mark the SQL replaces by the line's date.
  const marked = { ...inForce, asOf: AS_OF_MARK };
  const base = {
    ...{ index, from, until, internal: null, vendor: null, vendorReason: null, vendorStamp: null },
    ...{ others: [], chosenPos: -1, packageNotice: null },
  };
  const refuse = (error: string): CardEpoch => ({ ...base, error, unitPrice: null });
  const internalCard = findInternalCard(inForce);
  if (!internalCard) {
    return refuse(notYetInForce(marked, 'internal', DEFAULT_INTERNAL_CARD_ID) ?? 'no internal card is loaded');
  }
  if (options.packageId && !hasPackage(inForce, options.packageId)) {
    return refuse(`no package "${options.packageId}" is loaded`);
  }
  const internal = inForce.compiled.internal.get(internalCard) ?? null;
  const cardId = options.vendorCardId ?? DEFAULT_VENDOR_CARD_ID;
  const chosen = findVendorCard(inForce, cardId);
  // Approximate cards (seed 004's app credits) are shown only when chosen (quote-vendor.ts).
  const shown = inForce.vendor.filter((card) => card === chosen || !card.approximate);
  const others = shown.filter((card) => card !== chosen).map((card) => other(inForce, card, options));
  const chosenPos = chosen ? shown.indexOf(chosen) : -1;
  if (!chosen) {
    const early = notYetInForce(marked, 'vendor', cardId);
    if (!early) return refuse(`no vendor card "${cardId}" is loaded`);
    const oldest = set.versions.vendor.filter((c) => c.id === cardId).at(-1);
    const stamp = oldest ? formatStamp(oldest) : null;
    return { ...base, internal, error: null, vendorReason: early, vendorStamp: stamp, unitPrice: null, others };
  }
  const vendor = inForce.compiled.vendor.get(chosen) ?? null;
  const unitPrice = unitPriceFor(inForce, chosen, options.packageId);
  const notice = packageNoticeOf(inForce, chosen, unitPrice, options.packageId);
  const chosenFields = { vendor, vendorStamp: formatStamp(chosen), unitPrice, packageNotice: notice };
  return { ...base, internal, error: null, ...chosenFields, others, chosenPos };
}

function other(set: CardSet, card: VendorCard, options: RepriceCardOptions): OtherVendor {
  const vendor = set.compiled.vendor.get(card);
  if (!vendor) throw new Error(`vendor card ${formatStamp(card)} is not compiled`);
  return { vendor, stamp: formatStamp(card), unitPrice: unitPriceFor(set, card, options.packageId) };
}

/** The engine's own package notice, asked once for a line the card prices and once for one it does not. */
function packageNoticeOf(set: CardSet, card: VendorCard, unitPrice: UnitPrice | null, packageId?: string) {
  const priced = { status: 'priced', unitPrice } as unknown as VendorQuote;
  const unpriced = { status: 'unavailable' } as unknown as VendorQuote;
  const always = packageNotice(set, card, unpriced, packageId);
  const when = always ?? packageNotice(set, card, priced, packageId);
  return when ? { code: when.code, message: when.message, whenPriced: always === null } : null;
}

/**
 * The spans of dates of `set`'s versions, each with the cards `quote` would use on any date
 * in it. Refuses what the SQL does not mirror: the user's overrides (a discount, custom rates).
 */
export function cardEpochs(set: CardSet, options: RepriceCardOptions): CardEpoch[] {
  if (set.vendorDiscountPct) throw new Error('re-pricing in SQL does not apply a vendor discount (an override)');
  if (set.versions.vendor.some((c) => c.id === CUSTOM_RATES_CARD_ID)) {
    throw new Error('re-pricing in SQL does not apply custom vendor rates (an override)');
  }
  const dates = boundaries(set);
  const starts: Array<string | null> = [null, ...dates];
  return starts.map((from, i) => readEpoch(set, from, i < dates.length ? dates[i] : null, i, options));
}
