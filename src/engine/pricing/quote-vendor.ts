/**
 * The vendor side of a quote: every shown card's answer, the one used (the chosen card, or
 * the user's custom rate when the chosen card cannot price it), and the notices about them.
 */
import { CUSTOM_RATES_CARD_ID, findVendorCard, packagesFor, type CardSet } from '../cards/card-set';
import { notYetInForce, versionsOf } from '../cards/cards-in-force';
import { compiledUnitPrice, compileVendor } from '../cards/compiled-cards';
import { stampOf } from '../cards/rate-card-common';
import type { VendorCard } from '../cards/rate-card-vendor';
import type { QuoteRequest } from '../request/quote-request';
import { info, warning, type Notice } from './notice';
import { priceVendorCard, type VendorPriced, type VendorQuote, type VendorUnavailable } from './vendor-cost';
import { withDiscount } from './vendor-discount';

export type VendorAnswers =
  | {
      readonly ok: true;
      /** Null when the chosen card was not yet in force on the set's date. */
      readonly chosenCard: VendorCard | null;
      readonly used: VendorQuote;
      readonly all: readonly VendorQuote[];
      readonly fallback: readonly Notice[];
    }
  | { readonly ok: false; readonly error: string };

/** The chosen card's answer before its first version: unavailable, and why. */
function notYet(set: CardSet, cardId: string, reason: string): VendorUnavailable {
  const oldest = versionsOf(set.versions.vendor, cardId).at(-1);
  if (!oldest) throw new Error(`no versions of ${cardId}`);
  const { title: cardTitle, source, unit, approximate } = oldest;
  return { card: stampOf(oldest), cardTitle, source, unit, approximate, status: 'unavailable', reason };
}

export function priceOnVendorCards(
  request: QuoteRequest,
  set: CardSet,
  cardId: string,
  packageId: string | undefined,
): VendorAnswers {
  const chosenCard = findVendorCard(set, cardId) ?? null;
  const early = chosenCard ? null : notYetInForce(set, 'vendor', cardId);
  if (!chosenCard && !early) return { ok: false, error: `no vendor card "${cardId}" is loaded` };
  const discount = set.vendorDiscountPct;
  const all: VendorQuote[] = [];
  let chosen: VendorQuote | undefined;
  let byCustom: VendorQuote | undefined;
  for (const card of set.vendor) {
    // Approximate cards (seed 004's app credits) are shown only when chosen (SPEC §3.1).
    if (card !== chosenCard && card.approximate) continue;
    const compiled = set.compiled.vendor.get(card) ?? compileVendor(card, set.packages);
    const priced = priceVendorCard(request, compiled, compiledUnitPrice(compiled, packageId));
    const q = discount ? withDiscount(priced, discount) : priced;
    all.push(q);
    if (card === chosenCard) chosen = q;
    if (card.id === CUSTOM_RATES_CARD_ID) byCustom ??= q;
  }
  let used = chosen ?? notYet(set, cardId, early ?? '');
  // A custom rate (an override) prices what the chosen card cannot.
  const fallback: Notice[] = [];
  if (used.status === 'unavailable' && byCustom && byCustom !== chosen && byCustom.status === 'priced') {
    const title = chosenCard?.title ?? used.cardTitle;
    fallback.push(info('vendor-fallback', `${title} does not price this (${used.reason}); your custom rate is used.`));
    used = byCustom;
  }
  return { ok: true, chosenCard, used, all, fallback };
}

export function sourcesDisagree(all: readonly VendorQuote[], used: VendorQuote): Notice | null {
  // Approximate cards are compared only when chosen, but then always: the user must see
  // that the chosen card is far from the others.
  const compared = (q: VendorQuote): q is VendorPriced => q.status === 'priced' && (!q.approximate || q === used);
  let first: string | undefined;
  let differ = false;
  for (const q of all) {
    if (!compared(q)) continue;
    if (first === undefined) first = q.usd;
    else if (q.usd !== first) differ = true;
  }
  if (!differ) return null;
  const list = all
    .filter(compared)
    .map((q) => `${q.cardTitle} $${q.usd}${q === used ? ' (used)' : ''}`)
    .join('; ');
  return warning('sources-disagree', `Sources disagree on the vendor cost: ${list}.`);
}

/** Says so when the chosen package does not apply to the card used. */
export function packageNotice(
  set: CardSet,
  card: VendorCard,
  used: VendorQuote,
  packageId: string | undefined,
): Notice | null {
  if (!packageId) return null;
  if (card.unit === 'usd')
    return info('package-not-applicable', `${card.title} is priced in USD: package "${packageId}" does not apply.`);
  if (used.status === 'priced' && used.unitPrice && used.unitPrice.packageId !== packageId) {
    const sold = packagesFor(set, card.unit).some((o) => o.pkg.id === packageId);
    if (!sold) {
      return warning(
        'package-not-applicable',
        `Package "${packageId}" is not sold in ${card.unit === 'app-credit' ? 'app credits' : 'Kling units'}: ` +
          `${card.title} is priced at ${used.unitPrice.label}.`,
      );
    }
  }
  return null;
}
