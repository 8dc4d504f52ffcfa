/** Pricing one request on one of the real vendor cards, for the vendor-cost tests. */
import { findVendorCard, unitPriceFor } from '../../src/engine/cards/card-set';
import { compileVendor } from '../../src/engine/cards/compiled-cards';
import type { QuoteRequest } from '../../src/engine/request/quote-request';
import { priceVendorCard, type VendorPriced, type VendorQuote } from '../../src/engine/pricing/vendor-cost';
import { cards } from './cards';

/** A 5 s std text request on kling-v3 at 720p, with what the test changes. */
export function request(overrides: Partial<QuoteRequest>): QuoteRequest {
  return {
    model: 'kling-v3',
    mode: 'std',
    durationSeconds: 5,
    resolution: '720p',
    inputType: 'text',
    audio: false,
    ...overrides,
  };
}

/** The answer of the card `cardId` at a package (the card's default when none is named). */
export function on(cardId: string, overrides: Partial<QuoteRequest>, packageId?: string): VendorQuote {
  const card = findVendorCard(cards, cardId);
  if (!card) throw new Error(`no card ${cardId}`);
  return priceVendorCard(request(overrides), compileVendor(card, cards.packages), unitPriceFor(cards, card, packageId));
}

export function priced(q: VendorQuote): VendorPriced {
  if (q.status !== 'priced') throw new Error(`unavailable: ${q.reason}`);
  return q;
}

export const official = (o: Partial<QuoteRequest>, pkg?: string) => on('kling-official-units', o, pkg);
