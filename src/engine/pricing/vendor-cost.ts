/** SPEC §3: what one vendor card says a request costs, with every step, or why it cannot. */
import type { CompiledVendor, UnitPrice } from '../cards/compiled-cards';
import { minus, quantityAsRatio, roundTo, times, toDecimalString, toRatio, usd, wholeRatio, type Money, type Quantity, type Ratio } from '../money/money';
import { info, warning, type Notice, type Step } from './notice';
import type { QuoteRequest } from '../request/quote-request';
import type { CardStamp } from '../cards/rate-card-common';
import type { VendorCard, VendorRow, VendorUnit } from '../cards/rate-card-vendor';
import type { Resolution } from '../request/vocabulary';
import { vendorSeconds } from './vendor-duration';
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
 * Prices a request on one vendor card. `unitPrice` is required unless the card is in USD.
 * Pure: the amounts first, from the card's compiled rows; the steps only when read.
 */
export function priceVendorCard(request: QuoteRequest, compiled: CompiledVendor, unitPrice: UnitPrice | null): VendorQuote {
  const card = compiled.card;
  const base: VendorQuoteBase = {
    card: compiled.stamp,
    cardTitle: card.title,
    source: card.source,
    unit: card.unit,
    approximate: card.approximate,
  };
  const unavailable = (reason: string): VendorUnavailable => ({ ...base, status: 'unavailable', reason });
  const match = matchRow(compiled, request);
  if (!match.ok) return unavailable(match.reason);
  const { row } = match.row;
  const duration = vendorSeconds(row, request.durationSeconds, match.row.offerName);
  if (!duration.ok) return { ...unavailable(duration.reason), namesDuration: true };
  const seconds = duration.seconds;
  const notices: Notice[] = [];
  if (duration.adjustment) notices.push(warning('vendor-duration-adjusted', duration.adjustment));

  let tier: Resolution | null = null;
  let rate: Ratio | undefined;
  // Units or credits, or USD on a card priced in USD.
  let amount: Quantity;
  if (row.basis === 'per-second') {
    tier = vendorTier(card, request);
    rate = match.row.rates.get(tier);
    if (rate === undefined) return unavailable(`${row.label} is offered at ${Object.keys(row.rates).join(', ')}, not at ${tier}`);
    if (tier !== request.resolution) {
      notices.push(info('vendor-tier', `The vendor bills ${request.mode} mode at its ${tier} tier (${request.resolution} requested).`));
    }
    amount = times(rate, wholeRatio(seconds));
  } else {
    rate = match.row.clips.get(seconds);
    if (rate === undefined) return unavailable(`${row.label} has no ${seconds} s clip`);
    amount = rate;
  }
  if (card.unitsRounding === 'floor' && card.unit !== 'usd') amount = roundTo(amount, 0, 'floor');

  let units: string | null = null;
  let total: Money;
  if (card.unit === 'usd') {
    total = amount as Money;
  } else {
    if (!unitPrice) return unavailable(`no unit price for ${UNIT_NAMES[card.unit]}`);
    units = toDecimalString(amount);
    total = times(usd(unitPrice.usd), quantityAsRatio(amount));
  }
  const rateText = toDecimalString(rate);
  const explained: Explained = { card, row, tier, seconds, rate: rateText, units, unitPrice };
  return {
    ...base,
    status: 'priced',
    row: { id: row.id, label: row.label, basis: row.basis },
    tier,
    billedSeconds: seconds,
    rate: rateText,
    units,
    unitPrice,
    usd: toDecimalString(total, 2),
    amount: total,
    get steps() {
      return stepsOf(explained);
    },
    notices,
  };
}

interface Explained {
  readonly card: VendorCard;
  readonly row: VendorRow;
  readonly tier: Resolution | null;
  readonly seconds: number;
  readonly rate: string;
  readonly units: string | null;
  readonly unitPrice: UnitPrice | null;
}

/** "Show the calculation" for one vendor card: seconds, rate, units, unit price. */
function stepsOf(e: Explained): Step[] {
  const unitName = UNIT_NAMES[e.card.unit];
  const source = `${e.card.title}, row "${e.row.label}"`;
  const steps: Step[] =
    e.row.basis === 'per-second'
      ? [
          { key: 'seconds', label: 'Vendor seconds', value: String(e.seconds), source: 'the requested duration rounded to the nearest whole second' },
          { key: 'rate', label: `Rate at ${e.tier}`, value: e.rate, source: `${source}: ${unitName} per second` },
        ]
      : [
          { key: 'seconds', label: 'Clip length', value: String(e.seconds), source: `fixed durations of ${e.row.label}` },
          { key: 'rate', label: `Per ${e.seconds} s clip`, value: e.rate, source: `${source}: ${unitName} per clip` },
        ];
  if (e.card.unitsRounding === 'floor' && e.card.unit !== 'usd') {
    steps.push({ key: 'units-rounding', label: 'Whole credits', value: e.units ?? '', source: `${e.card.title}: credits are truncated` });
  }
  if (e.units !== null && e.unitPrice) {
    const Unit = `${unitName[0].toUpperCase()}${unitName.slice(1)}`;
    steps.push({ key: 'units', label: Unit, value: e.units, source: 'rate × seconds' });
    steps.push({ key: 'unit-price', label: `USD per ${unitName.slice(0, -1)}`, value: e.unitPrice.usd, source: `package: ${e.unitPrice.label}` });
  }
  return steps;
}
