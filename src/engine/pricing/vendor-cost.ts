/** SPEC §3: what one vendor card says a request costs, with every step, or why it cannot. */
import type { CompiledRow, CompiledVendor, UnitPrice } from '../cards/compiled-cards';
import {
  minus,
  quantityAsRatio,
  roundTo,
  times,
  toDecimalString,
  toRatio,
  usd,
  wholeRatio,
  type Money,
  type Quantity,
  type Ratio,
} from '../money/money';
import { info, warning, type Notice, type Step } from './notice';
import type { QuoteRequest } from '../request/quote-request';
import type { CardStamp } from '../cards/rate-card-common';
import type { VendorRow, VendorUnit } from '../cards/rate-card-vendor';
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
}

export type VendorQuote = VendorPriced | VendorUnavailable;

/** The same quote with a discount on its cost (SPEC §4.5 overrides), shown as a step. */
export function withDiscount(q: VendorQuote, pct: string): VendorQuote {
  if (q.status !== 'priced') return q;
  // × (100 − pct) × 0.01, exactly.
  const keep = toRatio(toDecimalString(minus(usd('100'), usd(pct))));
  const amount = times(times(q.amount, keep), { amount: 1n, scale: 2n });
  const discount: Step = {
    key: 'discount',
    label: 'Your discount',
    value: `${pct}%`,
    source: 'overrides saved in this browser',
  };
  const {
    card,
    cardTitle,
    source,
    unit,
    approximate,
    status,
    row,
    tier,
    billedSeconds,
    rate,
    units,
    unitPrice,
    notices,
  } = q;
  return {
    ...{
      card,
      cardTitle,
      source,
      unit,
      approximate,
      status,
      row,
      tier,
      billedSeconds,
      rate,
      units,
      unitPrice,
      notices,
    },
    amount,
    usd: toDecimalString(amount, 2),
    steps: [...q.steps, discount],
  };
}

export const UNIT_NAMES: Record<VendorUnit, string> = { 'kling-unit': 'units', 'app-credit': 'credits', usd: 'USD' };

/** A priced answer: amounts as fields, the steps built when read. */
class VendorPricedResult implements VendorPriced {
  readonly status = 'priced' as const;
  readonly card: CardStamp;
  readonly cardTitle: string;
  readonly source: string;
  readonly unit: VendorUnit;
  readonly approximate: boolean;
  readonly row: VendorPriced['row'];
  readonly rate: string;
  readonly usd: string;
  constructor(
    compiled: CompiledVendor,
    private readonly compiledRow: CompiledRow,
    readonly tier: Resolution | null,
    readonly billedSeconds: number,
    rate: Ratio,
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
    this.rate = toDecimalString(rate);
    this.usd = toDecimalString(amount, 2);
  }

  get steps(): readonly Step[] {
    const { row, unitsRounding } = this.compiledRow;
    const { tier, billedSeconds: seconds, rate, units, unitPrice } = this;
    return stepsOf({ card: this, row, tier, seconds, rate, units, unitPrice, unitsRounding });
  }
}

/**
 * Prices a request on one vendor card. `unitPrice` is required unless the card is in USD.
 * Pure: the amounts first, from the card's compiled rows; the steps only when read.
 */
export function priceVendorCard(
  request: QuoteRequest,
  compiled: CompiledVendor,
  unitPrice: UnitPrice | null,
): VendorQuote {
  const card = compiled.card;
  const unavailable = (reason: string): VendorUnavailable => ({
    card: compiled.stamp,
    cardTitle: card.title,
    source: card.source,
    unit: card.unit,
    approximate: card.approximate,
    status: 'unavailable',
    reason,
  });
  const match = matchRow(compiled, request);
  if (!match.ok) return unavailable(match.reason);
  const { row } = match.row;
  const duration = vendorSeconds(row, request.durationSeconds, match.row.offerName);
  if (!duration.ok) return unavailable(duration.reason);
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
    if (rate === undefined)
      return unavailable(`${row.label} is offered at ${Object.keys(row.rates).join(', ')}, not at ${tier}`);
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
    rate = match.row.clips.get(seconds);
    if (rate === undefined) return unavailable(`${row.label} has no ${seconds} s clip`);
    amount = rate;
  }
  if (match.row.unitsRounding === 'floor') amount = roundTo(amount, 0, 'floor');
  if (card.unit === 'usd') {
    return new VendorPricedResult(compiled, match.row, tier, seconds, rate, null, null, amount as Money, notices);
  }
  if (!unitPrice) return unavailable(`no unit price for ${UNIT_NAMES[card.unit]}`);
  const total = times(unitPrice.amount, quantityAsRatio(amount));
  return new VendorPricedResult(
    compiled,
    match.row,
    tier,
    seconds,
    rate,
    toDecimalString(amount),
    unitPrice,
    total,
    notices,
  );
}

interface Explained {
  readonly card: { readonly cardTitle: string; readonly unit: VendorUnit };
  readonly unitsRounding: 'exact' | 'floor';
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
  const source = `${e.card.cardTitle}, row "${e.row.label}"`;
  const steps: Step[] =
    e.row.basis === 'per-second'
      ? [
          {
            key: 'seconds',
            label: 'Vendor seconds',
            value: String(e.seconds),
            source: 'the requested duration rounded to the nearest whole second',
          },
          { key: 'rate', label: `Rate at ${e.tier}`, value: e.rate, source: `${source}: ${unitName} per second` },
        ]
      : [
          {
            key: 'seconds',
            label: 'Clip length',
            value: String(e.seconds),
            source: `fixed durations of ${e.row.label}`,
          },
          { key: 'rate', label: `Per ${e.seconds} s clip`, value: e.rate, source: `${source}: ${unitName} per clip` },
        ];
  if (e.unitsRounding === 'floor') {
    steps.push({
      key: 'units-rounding',
      label: 'Whole credits',
      value: e.units ?? '',
      source: `${e.card.cardTitle}: credits are truncated`,
    });
  }
  if (e.units !== null && e.unitPrice) {
    const Unit = `${unitName[0].toUpperCase()}${unitName.slice(1)}`;
    steps.push({ key: 'units', label: Unit, value: e.units, source: 'rate × seconds' });
    steps.push({
      key: 'unit-price',
      label: `USD per ${unitName.slice(0, -1)}`,
      value: e.unitPrice.usd,
      source: `package: ${e.unitPrice.label}`,
    });
  }
  return steps;
}
