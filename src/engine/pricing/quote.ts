/**
 * One request priced every way the product shows it: the internal price as billed and at
 * the requested resolution, the vendor cost on every loaded card (the chosen one marked),
 * the margin, and every notice.
 */
import {
  findInternalCard,
  hasPackage,
  DEFAULT_VENDOR_CARD_ID,
  DEFAULT_INTERNAL_CARD_ID,
  type CardSet,
} from '../cards/card-set';
import { compileInternal } from '../cards/compiled-cards';
import { priceInternalBothWays, type InternalPrice } from './internal-price';
import { minus, percentOf, toDecimalString, type Money } from '../money/money';
import { info, warning, type Notice } from './notice';
import { isCheckedRequest } from '../request/checked-request';
import { QuoteRequestSchema, type QuoteRequest } from '../request/quote-request';
import { formatIssuePath } from '../request/issue-path';
import { formatStamp } from '../cards/rate-card-common';
import type { VendorQuote } from './vendor-cost';
import { notYetInForce } from '../cards/cards-in-force';
import { packageNotice, priceOnVendorCards, sourcesDisagree } from './quote-vendor';

export interface QuoteOptions {
  /** Charge at the requested resolution instead of billing's 720p (SPEC §2 rule 5). */
  readonly honorResolution?: boolean;
  readonly vendorCardId?: string;
  readonly packageId?: string;
  readonly internalCardId?: string;
}

export interface Quote {
  readonly request: QuoteRequest;
  /** The date the cards were in force on (the set's `asOf`); null: the newest loaded. */
  readonly asOf: string | null;
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
  if (!internalCard) {
    const early = notYetInForce(set, 'internal', options.internalCardId ?? DEFAULT_INTERNAL_CARD_ID);
    const id = options.internalCardId ? ` "${options.internalCardId}"` : '';
    return { ok: false, error: early ?? `no internal card${id} is loaded` };
  }
  const cardId = options.vendorCardId ?? DEFAULT_VENDOR_CARD_ID;
  if (options.packageId && !hasPackage(set, options.packageId)) {
    return { ok: false, error: `no package "${options.packageId}" is loaded` };
  }
  const vendorAnswer = priceOnVendorCards(request, set, cardId, options.packageId);
  if (!vendorAnswer.ok) return vendorAnswer;
  const { chosenCard, all, fallback } = vendorAnswer;
  const used = vendorAnswer.used;
  const discount = set.vendorDiscountPct;

  const compiledInternal = set.compiled.internal.get(internalCard) ?? compileInternal(internalCard);
  const { asBilled, atRequested } = priceInternalBothWays(request, compiledInternal);
  const charged = options.honorResolution ? atRequested : asBilled;

  const notices: Notice[] = [...charged.notices];
  for (const n of fallback) notices.push(n);
  if (discount && used.status === 'priced')
    notices.push(info('vendor-discount', `Your ${discount}% discount is applied to the vendor cost.`));
  let margin: Quote['margin'] = null;
  if (used.status === 'priced') {
    for (const n of used.notices) notices.push(n);
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
  const pkg = chosenCard ? packageNotice(set, chosenCard, used, options.packageId) : null;
  if (pkg) notices.push(pkg);
  const disagree = sourcesDisagree(all, used);
  if (disagree) notices.push(disagree);

  return {
    ok: true,
    quote: {
      request,
      asOf: set.asOf,
      internal: {
        asBilled,
        atRequested,
        // One amount (the same rounding, or both clamped): no subtraction to write "0.00".
        differenceUsd:
          atRequested.amount === asBilled.amount
            ? '0.00'
            : toDecimalString(minus(atRequested.amount, asBilled.amount), 2),
        charged,
      },
      vendor: { cardId, used, all },
      margin,
      notices,
    },
  };
}
