/** SPEC §4.5: what a change between two versions of a card does to the price of a sample request. */
import { compileInternal, compileVendor } from '../cards/compiled-cards';
import type { RateCard } from '../cards/rate-card';
import type { QuoteRequest } from '../request/quote-request';
import { priceInternal } from './internal-price';
import { priceVendorCard, type UnitPrice } from './vendor-cost';
import { withDiscount } from './vendor-discount';

export interface SamplePrice {
  readonly before: string;
  readonly after: string;
  readonly what: string;
}

/** The sample request's price on each version (internal: as billed; vendor: its cost). */
export function samplePrice(
  before: RateCard,
  after: RateCard,
  request: QuoteRequest,
  unitPrice: UnitPrice | null,
  afterDiscountPct?: string,
): SamplePrice | null {
  if (before.kind === 'internal' && after.kind === 'internal') {
    return {
      what: 'internal price as billed',
      before: priceInternal(request, compileInternal(before), { honorResolution: false }).usd,
      after: priceInternal(request, compileInternal(after), { honorResolution: false }).usd,
    };
  }
  if (before.kind === 'vendor' && after.kind === 'vendor') {
    const show = (card: typeof before, discount?: string) => {
      const priced = priceVendorCard(request, compileVendor(card, []), card.unit === 'usd' ? null : unitPrice);
      const q = discount ? withDiscount(priced, discount) : priced;
      return q.status === 'priced' ? q.usd : `unavailable (${q.reason})`;
    };
    return { what: 'vendor cost', before: show(before), after: show(after, afterDiscountPct) };
  }
  return null;
}
