/** SPEC §3: what one vendor card says a request costs, with every step, or why it cannot. */
import type { CompiledRow, CompiledVendor, UnitPrice } from '../cards/compiled-cards';
import {
  quantityAsRatio,
  roundTo,
  times,
  toDecimalString,
  wholeRatio,
  type Money,
  type Quantity,
  type Ratio,
} from '../money/money';
import { info, warning, type Notice } from './notice';
import type { QuoteRequest } from '../request/quote-request';
import type { CardStamp } from '../cards/rate-card-common';
import type { VendorRow, VendorUnit } from '../cards/rate-card-vendor';
import type { Resolution } from '../request/vocabulary';
import { secondsOffered } from './vendor-duration';
import { durationSourceText } from '../request/checked-request';
import { UNIT_NAMES } from './unit-names';
import { matchRow, vendorTier } from './vendor-row';

export type { UnitPrice } from '../cards/compiled-cards';

interface VendorQuoteBase {
  readonly card: CardStamp;
  readonly cardTitle: string;
  readonly source: string;
  readonly unit: VendorUnit;
  readonly approximate: boolean;
}

export interface VendorPriced extends VendorQuoteBase {
  readonly status: 'priced';
  readonly row: { readonly id: string; readonly label: string; readonly basis: 'per-second' | 'per-clip' };
  readonly tier: Resolution | null;
  readonly billedSeconds: number;
  /** Per second or per clip, in the card's unit. */
  readonly rate: string;
  /** Units or credits deducted; null on a card priced in USD. */
  readonly units: string | null;
  readonly unitPrice: UnitPrice | null;
  /** Exact USD, not rounded ("1.12", "0.5292"). */
  readonly usd: string;
  readonly amount: Money;
  readonly notices: readonly Notice[];
  /** The card's row that priced it: its steps are `vendorSteps`, built only when asked. */
  readonly rowData: VendorRow;
  /** Credits truncated to whole ones (seed 004's int()). */
  readonly wholeCredits: boolean;
  /** The user's discount on the vendor cost, percent, when one applied (`withDiscount`). */
  readonly discountPct: string | null;
}

export interface VendorUnavailable extends VendorQuoteBase {
  readonly status: 'unavailable';
  readonly reason: string;
}

export type VendorQuote = VendorPriced | VendorUnavailable;

/** A priced answer: amounts as fields, the rest as read from the compiled row. */
class VendorPricedResult implements VendorPriced {
  readonly status = 'priced' as const;
  readonly card: CardStamp;
  readonly cardTitle: string;
  readonly source: string;
  readonly unit: VendorUnit;
  readonly approximate: boolean;
  readonly row: VendorPriced['row'];
  readonly usd: string;
  readonly rowData: VendorRow;
  readonly wholeCredits: boolean;
  readonly discountPct = null;
  constructor(
    compiled: CompiledVendor,
    compiledRow: CompiledRow,
    readonly tier: Resolution | null,
    readonly billedSeconds: number,
    /** The rate as text, written when the card was compiled. */
    readonly rate: string,
    readonly units: string | null,
    readonly unitPrice: UnitPrice | null,
    readonly amount: Money,
    readonly notices: readonly Notice[],
  ) {
    const card = compiled.card;
    this.card = compiled.stamp;
    this.cardTitle = card.title;
    this.source = card.source;
    this.unit = card.unit;
    this.approximate = card.approximate;
    this.row = compiledRow.summary;
    this.rowData = compiledRow.row;
    this.wholeCredits = compiledRow.unitsRounding === 'floor';
    this.usd = toDecimalString(amount, 2);
  }
}

/** Why this card cannot price the request. */
function unavailableOn(compiled: CompiledVendor, reason: string): VendorUnavailable {
  const { title: cardTitle, source, unit, approximate } = compiled.card;
  return { card: compiled.stamp, cardTitle, source, unit, approximate, status: 'unavailable', reason };
}

/**
 * Prices a request on one vendor card. `unitPrice` is required unless the card is in USD.
 * Pure: the amounts first, from the card's compiled rows; the steps are `vendorSteps`.
 */
export function priceVendorCard(
  request: QuoteRequest,
  compiled: CompiledVendor,
  unitPrice: UnitPrice | null,
): VendorQuote {
  const card = compiled.card;
  const match = matchRow(compiled, request);
  if (!match.ok) return unavailableOn(compiled, match.reason);
  const compiledRow = match.row;
  const row = compiledRow.row;
  const duration = secondsOffered(
    compiledRow.offer,
    compiledRow.offerWords,
    request.durationSeconds,
    durationSourceText(request),
  );
  if (!duration.ok) return unavailableOn(compiled, duration.reason);
  const seconds = duration.seconds;
  const notices: Notice[] = [];
  if (duration.adjustment) notices.push(warning('vendor-duration-adjusted', duration.adjustment));

  let tier: Resolution | null = null;
  let rate: Ratio | undefined;
  let rateText: string | undefined;
  // Units or credits, or USD on a card priced in USD.
  let amount: Quantity;
  if (row.basis === 'per-second') {
    tier = vendorTier(card, request);
    rate = compiledRow.rates.get(tier);
    rateText = compiledRow.rateTexts.get(tier);
    if (rate === undefined || rateText === undefined)
      return unavailableOn(compiled, `${row.label} is offered at ${Object.keys(row.rates).join(', ')}, not at ${tier}`);
    if (tier !== request.resolution) {
      notices.push(
        info(
          'vendor-tier',
          `The vendor bills ${request.mode} mode at its ${tier} tier (${request.resolution} requested).`,
        ),
      );
    }
    amount = times(rate, wholeRatio(seconds));
  } else {
    rate = compiledRow.clips.get(seconds);
    rateText = compiledRow.clipTexts.get(seconds);
    if (rate === undefined || rateText === undefined)
      return unavailableOn(compiled, `${row.label} has no ${seconds} s clip`);
    amount = rate;
  }
  if (compiledRow.unitsRounding === 'floor') amount = roundTo(amount, 0, 'floor');
  if (card.unit === 'usd') {
    return new VendorPricedResult(compiled, compiledRow, tier, seconds, rateText, null, null, amount as Money, notices);
  }
  if (!unitPrice) return unavailableOn(compiled, `no unit price for ${UNIT_NAMES[card.unit]}`);
  const total = times(unitPrice.amount, quantityAsRatio(amount));
  return new VendorPricedResult(
    compiled,
    compiledRow,
    tier,
    seconds,
    rateText,
    toDecimalString(amount),
    unitPrice,
    total,
    notices,
  );
}
