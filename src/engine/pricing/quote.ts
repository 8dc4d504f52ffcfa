/**
 * One request priced every way the product shows it: the internal price as billed and at
 * the requested resolution, the vendor cost on every loaded card (the chosen one marked),
 * the margin, and every notice.
 */
import {
  CUSTOM_RATES_CARD_ID,
  findInternalCard,
  findVendorCard,
  hasPackage,
  packagesFor,
  unitPriceFor,
  DEFAULT_VENDOR_CARD_ID,
  type CardSet,
} from '../cards/card-set';
import { compileInternal, compileVendor } from '../cards/compiled-cards';
import { priceInternalBothWays, type InternalPrice } from './internal-price';
import { minus, percentOf, toDecimalString, type Money } from '../money/money';
import { info, warning, type Notice } from './notice';
import type { VendorCard } from '../cards/rate-card-vendor';
import { isCheckedRequest } from '../request/checked-request';
import { QuoteRequestSchema, type QuoteRequest } from '../request/quote-request';
import { formatIssuePath } from '../request/issue-path';
import { formatStamp } from '../cards/rate-card-common';
import { priceVendorCard, type VendorPriced, type VendorQuote } from './vendor-cost';
import { withDiscount } from './vendor-discount';

export interface QuoteOptions {
  /** Charge at the requested resolution instead of billing's 720p (SPEC §2 rule 5). */
  readonly honorResolution?: boolean;
  readonly vendorCardId?: string;
  readonly packageId?: string;
  readonly internalCardId?: string;
}

export interface Quote {
  readonly request: QuoteRequest;
  readonly internal: {
    readonly asBilled: InternalPrice;
    readonly atRequested: InternalPrice;
    /** atRequested − asBilled, USD. */
    readonly differenceUsd: string;
    /** The one that is charged: asBilled, or atRequested with honorResolution. */
    readonly charged: InternalPrice;
  };
  readonly vendor: {
    readonly cardId: string;
    readonly used: VendorQuote;
    /** Every card's answer for the same request, the used one included. */
    readonly all: readonly VendorQuote[];
  };
  readonly margin: { readonly usd: string; readonly pct: string; readonly amount: Money } | null;
  readonly notices: readonly Notice[];
}

export type QuoteResult = { readonly ok: true; readonly quote: Quote } | { readonly ok: false; readonly error: string };

function sourcesDisagree(all: readonly VendorQuote[], used: VendorQuote): Notice | null {
  // Approximate cards are compared only when chosen, but then always: the user must see
  // that the chosen card is far from the others.
  const priced = all.filter((q): q is VendorPriced => q.status === 'priced' && (!q.approximate || q === used));
  if (new Set(priced.map((q) => q.usd)).size < 2) return null;
  const list = priced.map((q) => `${q.cardTitle} $${q.usd}${q === used ? ' (used)' : ''}`).join('; ');
  return warning('sources-disagree', `Sources disagree on the vendor cost: ${list}.`);
}

/** Says so when the chosen package does not apply to the card used. */
function packageNotice(
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

export function quote(request: QuoteRequest, set: CardSet, options: QuoteOptions = {}): QuoteResult {
  // Callers parse their input first; this guards the engine's own promise: never a price
  // for a request outside SPEC §2 (a duration of 0, 4000 or NaN).
  if (!isCheckedRequest(request)) {
    const valid = QuoteRequestSchema.safeParse(request);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      return { ok: false, error: `${formatIssuePath(issue.path) || 'request'}: ${issue.message}` };
    }
  }
  const internalCard = findInternalCard(set, options.internalCardId);
  if (!internalCard)
    return {
      ok: false,
      error: `no internal card${options.internalCardId ? ` "${options.internalCardId}"` : ''} is loaded`,
    };
  const cardId = options.vendorCardId ?? DEFAULT_VENDOR_CARD_ID;
  const chosenCard = findVendorCard(set, cardId);
  if (!chosenCard) return { ok: false, error: `no vendor card "${cardId}" is loaded` };
  if (options.packageId && !hasPackage(set, options.packageId)) {
    return { ok: false, error: `no package "${options.packageId}" is loaded` };
  }

  const compiledInternal = set.compiled.internal.get(internalCard) ?? compileInternal(internalCard);
  const { asBilled, atRequested } = priceInternalBothWays(request, compiledInternal);
  const charged = options.honorResolution ? atRequested : asBilled;

  // Approximate cards (seed 004's app credits) are shown only when chosen (SPEC §3.1).
  const shown = set.vendor.filter((card) => card === chosenCard || !card.approximate);
  const discount = set.vendorDiscountPct;
  const price = (card: VendorCard) => {
    const compiled = set.compiled.vendor.get(card) ?? compileVendor(card, set.packages);
    const q = priceVendorCard(request, compiled, unitPriceFor(set, card, options.packageId));
    return discount ? withDiscount(q, discount) : q;
  };
  const all = shown.map(price);
  let used = all[shown.indexOf(chosenCard)];
  // A custom rate (an override) prices what the chosen card cannot.
  const custom = set.vendor.find((c) => c.id === CUSTOM_RATES_CARD_ID);
  const fallback: Notice[] = [];
  if (used.status === 'unavailable' && custom && custom !== chosenCard) {
    const byCustom = all[shown.indexOf(custom)];
    if (byCustom?.status === 'priced') {
      fallback.push(
        info('vendor-fallback', `${chosenCard.title} does not price this (${used.reason}); your custom rate is used.`),
      );
      used = byCustom;
    }
  }

  const notices: Notice[] = [...charged.notices, ...fallback];
  if (discount && used.status === 'priced')
    notices.push(info('vendor-discount', `Your ${discount}% discount is applied to the vendor cost.`));
  let margin: Quote['margin'] = null;
  if (used.status === 'priced') {
    notices.push(...used.notices);
    const amount = minus(charged.amount, used.amount);
    margin = { usd: toDecimalString(amount, 2), pct: percentOf(amount, charged.amount, 1), amount };
    if (used.billedSeconds !== charged.billedSeconds) {
      notices.push(
        warning(
          'vendor-duration-differs',
          `The vendor bills ${used.billedSeconds} s; the internal price bills ${charged.billedSeconds} s (rounded up).`,
        ),
      );
    }
    if (used.approximate)
      notices.push(warning('vendor-approximate', `${used.cardTitle}: an approximation, not the units Kling deducts.`));
  } else {
    notices.push(
      warning(
        'vendor-unavailable',
        `Vendor cost unavailable on ${formatStamp(used.card)}: ${used.reason}. The margin is unknown.`,
      ),
    );
  }
  const pkg = packageNotice(set, chosenCard, used, options.packageId);
  if (pkg) notices.push(pkg);
  const disagree = sourcesDisagree(all, used);
  if (disagree) notices.push(disagree);

  return {
    ok: true,
    quote: {
      request,
      internal: {
        asBilled,
        atRequested,
        differenceUsd: toDecimalString(minus(atRequested.amount, asBilled.amount), 2),
        charged,
      },
      vendor: { cardId, used, all },
      margin,
      notices,
    },
  };
}
