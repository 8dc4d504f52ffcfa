/** SPEC §3: what one vendor card says a request costs, with every step, or why it cannot. */
import { minus, quantity, quantityAsRatio, roundTo, times, toDecimalString, toRatio, usd, wholeRatio, type Money, type Quantity } from './money';
import { info, warning, type Notice, type Step } from './notice';
import type { QuoteRequest } from './quote-request';
import { stampOf, type CardStamp } from './rate-card-common';
import type { VendorCard, VendorRow, VendorUnit } from './rate-card-vendor';
import type { Resolution } from './vocabulary';
import { durationOffer, vendorSeconds } from './vendor-duration';
import { matchRow, vendorTier } from './vendor-row';

/** The price of one unit or credit, from a package (SPEC §3.3). */
export interface UnitPrice {
  readonly packageId: string;
  readonly label: string;
  readonly usd: string;
  readonly card: CardStamp;
}

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
  readonly steps: readonly Step[];
  readonly notices: readonly Notice[];
}

export interface VendorUnavailable extends VendorQuoteBase {
  readonly status: 'unavailable';
  readonly reason: string;
  /** The reason names the exact requested duration ("15.6 s rounds to 16 s; …"). */
  readonly namesDuration?: true;
}

export type VendorQuote = VendorPriced | VendorUnavailable;

/** The same quote with a discount on its cost (SPEC §4.5 overrides), shown as a step. */
export function withDiscount(q: VendorQuote, pct: string): VendorQuote {
  if (q.status !== 'priced') return q;
  // × (100 − pct) × 0.01, exactly.
  const keep = toRatio(toDecimalString(minus(usd('100'), usd(pct))));
  const amount = times(times(q.amount, keep), { amount: 1n, scale: 2n });
  return {
    ...q,
    amount,
    usd: toDecimalString(amount, 2),
    steps: [...q.steps, { key: 'discount', label: 'Your discount', value: `${pct}%`, source: 'overrides saved in this browser' }],
  };
}

export const UNIT_NAMES: Record<VendorUnit, string> = { 'kling-unit': 'units', 'app-credit': 'credits', usd: 'USD' };

/**
 * Whose offer a duration is checked against: the model's name on the card when all its rows
 * offer the same durations ("Kling 3.0 runs 3–15 s"), else the row's own label.
 */
function offerName(card: VendorCard, request: QuoteRequest, row: VendorRow): string {
  const name = card.modelNames?.[request.model];
  if (name === undefined) return row.label;
  const offer = durationOffer(row);
  return card.rows.every((other) => !other.models.includes(request.model) || durationOffer(other) === offer) ? name : row.label;
}

const cache = new WeakMap<VendorCard, Map<string, VendorQuote>>();
const CACHE_LIMIT = 10_000;

/**
 * Prices a request on one vendor card. `unitPrice` is required unless the card is in USD.
 * Cached per card by what the answer depends on: the row, the seconds it bills (and whether
 * they were adjusted), the tier's inputs (mode, resolution) and the unit price; or the
 * reason no row prices it. Many durations and requests share one entry.
 */
export function priceVendorCard(request: QuoteRequest, card: VendorCard, unitPrice: UnitPrice | null): VendorQuote {
  const match = matchRow(card, request);
  const duration = match.ok ? vendorSeconds(match.row, request.durationSeconds, offerName(card, request, match.row)) : null;
  const row = match.ok ? card.rows.indexOf(match.row) : match.reason;
  const billed = !duration ? '' : duration.ok ? `${duration.seconds}|${duration.adjustment}` : duration.reason;
  const price = unitPrice && `${unitPrice.packageId}|${unitPrice.usd}|${unitPrice.label}|${unitPrice.card.id}@${unitPrice.card.version}`;
  const key = `${row}|${billed}|${request.mode}|${request.resolution}|${price}`;
  let perCard = cache.get(card);
  if (!perCard) cache.set(card, (perCard = new Map()));
  const hit = perCard.get(key);
  if (hit) return hit;
  const result = compute(request, card, unitPrice);
  if (perCard.size >= CACHE_LIMIT) perCard.clear();
  perCard.set(key, result);
  return result;
}

function compute(request: QuoteRequest, card: VendorCard, unitPrice: UnitPrice | null): VendorQuote {
  const base: VendorQuoteBase = {
    card: stampOf(card),
    cardTitle: card.title,
    source: card.source,
    unit: card.unit,
    approximate: card.approximate,
  };
  const unavailable = (reason: string): VendorUnavailable => ({ ...base, status: 'unavailable', reason });
  const match = matchRow(card, request);
  if (!match.ok) return unavailable(match.reason);
  const row = match.row;
  const duration = vendorSeconds(row, request.durationSeconds, offerName(card, request, row));
  if (!duration.ok) return { ...unavailable(duration.reason), namesDuration: true };
  const seconds = duration.seconds;
  const unitName = UNIT_NAMES[card.unit];
  const source = `${card.title}, row "${row.label}"`;
  const steps: Step[] = [];
  const notices: Notice[] = [];
  if (duration.adjustment) notices.push(warning('vendor-duration-adjusted', duration.adjustment));

  let tier: Resolution | null = null;
  let rate: string;
  let amount: Money | Quantity;
  const make = (decimal: string): Money | Quantity => (card.unit === 'usd' ? usd(decimal) : quantity(decimal));
  if (row.basis === 'per-second') {
    tier = vendorTier(card, request);
    const perSecond = row.rates[tier];
    if (perSecond === undefined) {
      const offered = Object.keys(row.rates).join(', ');
      return unavailable(`${row.label} is offered at ${offered}, not at ${tier}`);
    }
    if (tier !== request.resolution) {
      notices.push(info('vendor-tier', `The vendor bills ${request.mode} mode at its ${tier} tier (${request.resolution} requested).`));
    }
    rate = perSecond;
    steps.push({ key: 'seconds', label: 'Vendor seconds', value: String(seconds), source: 'the requested duration rounded to the nearest whole second' });
    steps.push({ key: 'rate', label: `Rate at ${tier}`, value: perSecond, source: `${source}: ${unitName} per second` });
    amount = times(make(perSecond), wholeRatio(seconds));
  } else {
    const clip = row.clips.find((c) => c.seconds === seconds);
    if (!clip) return unavailable(`${row.label} has no ${seconds} s clip`);
    rate = clip.amount;
    steps.push({ key: 'seconds', label: 'Clip length', value: String(seconds), source: `fixed durations of ${row.label}` });
    steps.push({ key: 'rate', label: `Per ${seconds} s clip`, value: rate, source: `${source}: ${unitName} per clip` });
    amount = make(rate);
  }
  if (card.unitsRounding === 'floor' && card.unit !== 'usd') {
    amount = roundTo(amount, 0, 'floor');
    steps.push({ key: 'units-rounding', label: 'Whole credits', value: toDecimalString(amount), source: `${card.title}: credits are truncated` });
  }

  let units: string | null = null;
  let total: Money;
  if (card.unit === 'usd') {
    total = amount as Money;
  } else {
    if (!unitPrice) return unavailable(`no unit price for ${unitName}`);
    units = toDecimalString(amount);
    total = times(usd(unitPrice.usd), quantityAsRatio(amount as Quantity));
    steps.push({ key: 'units', label: `${unitName[0].toUpperCase()}${unitName.slice(1)}`, value: units, source: 'rate × seconds' });
    steps.push({ key: 'unit-price', label: `USD per ${unitName.slice(0, -1)}`, value: unitPrice.usd, source: `package: ${unitPrice.label}` });
  }
  return {
    ...base,
    status: 'priced',
    row: { id: row.id, label: row.label, basis: row.basis },
    tier,
    billedSeconds: seconds,
    rate,
    units,
    unitPrice,
    usd: toDecimalString(total, 2),
    amount: total,
    steps,
    notices,
  };
}
