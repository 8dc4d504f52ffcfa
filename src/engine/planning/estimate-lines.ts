/**
 * SPEC §9: each line of an estimate priced once, for one clip or task: our price as billed, the
 * vendor's units, and whether those units are bought in packages (Kling units) or carry a price
 * of their own (Kolors and try-on, seed 003; a custom USD rate). Monthly and period figures are
 * estimate-totals.ts; the vendor's unit price is the estimate's package choice.
 */
import { findServicesCard, unitPriceForServices, type CardSet } from '../cards/card-set';
import { notYetInForce } from '../cards/cards-in-force';
import { formatStamp, stampOf, type CardStamp } from '../cards/rate-card-common';
import { quantity, usd, type Money, type Quantity } from '../money/money';
import { quote } from '../pricing/quote';
import { priceService } from '../pricing/service-price';
import type { EstimateIssue, EstimateLineInput } from './estimate-input';

/** Something the reader of an estimate must know, with a stable code; `lineIndex` is the line's place. */
export interface EstimateWarning {
  readonly code: string;
  readonly severity: 'warning' | 'info';
  readonly message: string;
  /** 0-based, as in `lines[0]`; null for the estimate as a whole. */
  readonly lineIndex: number | null;
}

export interface PricedLine {
  readonly index: number;
  readonly name: string;
  readonly kind: 'clip' | 'service';
  /** Clips or tasks a month. */
  readonly count: number;
  /** What one clip or task is, in a few words. */
  readonly what: string;
  /** Our price for one, as billed; null: none (a service without an override). */
  readonly internalEach: Money | null;
  /** Vendor units for one; null on a vendor rate in USD. */
  readonly unitsEach: Quantity | null;
  /** Its units are Kling units, bought in packages and priced at the estimate's package. */
  readonly packaged: boolean;
  /** The vendor's USD for one, when its price is its own (not packaged). */
  readonly ownUsdEach: Money | null;
  readonly warnings: readonly EstimateWarning[];
  /** The cards that priced it. */
  readonly cards: readonly CardStamp[];
}

export type PricedLines =
  | { readonly ok: true; readonly lines: readonly PricedLine[] }
  | { readonly ok: false; readonly issues: readonly EstimateIssue[] };

/** The quote's notices an estimate repeats: not those about a package or a card it does not use. */
const NOT_REPEATED = new Set(['sources-disagree', 'package-not-applicable', 'vendor-discount']);

function lineWarning(index: number, name: string, notice: Omit<EstimateWarning, 'lineIndex'>): EstimateWarning {
  return { code: notice.code, severity: notice.severity, message: `${name}: ${notice.message}`, lineIndex: index };
}

function knownModel(set: CardSet, model: string): boolean {
  return (
    set.internal.some((c) => Object.hasOwn(c.modelMultipliers, model)) ||
    set.vendor.some((c) => c.rows.some((r) => r.models.includes(model)))
  );
}

function priceClip(
  line: Extract<EstimateLineInput, { kind: 'clip' }>,
  index: number,
  set: CardSet,
): PricedLine | EstimateIssue {
  const at = `lines[${index}].request`;
  const r = line.request;
  // The vendor discount of the user's overrides is applied to the estimate's own vendor figures.
  const result = quote(r, { ...set, vendorDiscountPct: undefined });
  if (!result.ok) return { path: at, message: result.error };
  const q = result.quote;
  const used = q.vendor.used;
  if (used.status === 'unavailable') {
    return knownModel(set, r.model)
      ? { path: at, message: `vendor cost unavailable on ${formatStamp(used.card)}: ${used.reason}` }
      : { path: `${at}.model`, message: `unknown model ${JSON.stringify(r.model)}: no loaded card prices it` };
  }
  const packaged = used.unit === 'kling-unit' && used.units !== null;
  const what = [r.model, r.mode, `${r.durationSeconds} s`, r.resolution, r.inputType, r.audio ? 'audio' : 'no audio'];
  return {
    index,
    name: line.name,
    kind: 'clip',
    count: line.clipsPerMonth,
    what: what.join(', '),
    internalEach: q.internal.charged.amount,
    unitsEach: used.units === null ? null : quantity(used.units),
    packaged,
    ownUsdEach: packaged ? null : used.amount,
    warnings: q.notices.filter((n) => !NOT_REPEATED.has(n.code)).map((n) => lineWarning(index, line.name, n)),
    cards: [q.internal.charged.card, used.card],
  };
}

function priceServiceLine(
  line: Extract<EstimateLineInput, { kind: 'service' }>,
  index: number,
  set: CardSet,
): PricedLine | EstimateIssue {
  const at = `lines[${index}]`;
  const card = findServicesCard(set);
  if (!card) {
    const later = set.versions.services[0];
    const early = later ? notYetInForce(set, 'services', later.id) : null;
    return { path: `${at}.service`, message: early ?? 'no services card is loaded' };
  }
  const service = card.services.find((s) => s.id === line.serviceId);
  if (!service) {
    const ids = card.services.map((s) => s.id).join(', ');
    return { path: `${at}.service`, message: `no service ${JSON.stringify(line.serviceId)} (one of: ${ids})` };
  }
  const d = line.durationSeconds;
  const input = { durationSeconds: d, count: 1 };
  const priced = priceService(
    card,
    service.id,
    input,
    unitPriceForServices(set, card),
    set.servicePricesUsd?.[service.id],
  );
  // What is left to go wrong is the duration (the count is 1), or a unit price when no packages are loaded.
  if (!priced.ok)
    return { path: /duration| s, not /.test(priced.error) ? `${at}.duration` : at, message: priced.error };
  const warnings: EstimateWarning[] = [];
  const warn = (code: string, severity: 'warning' | 'info', message: string) =>
    warnings.push(lineWarning(index, line.name, { code, severity, message }));
  if (priced.internal.usd === null)
    warn('service-not-priced', 'warning', `no internal price (${priced.internal.reason}): vendor cost, no revenue.`);
  if (service.usdPerUnit)
    warn('own-price', 'info', `priced at its own $${service.usdPerUnit} a unit; not bought in packages.`);
  if (d !== undefined && service.basis !== 'per-block' && !service.durationSeconds)
    warn('duration-ignored', 'warning', `${service.label} is not billed by duration: ${d} s is ignored.`);
  return {
    index,
    name: line.name,
    kind: 'service',
    count: line.countPerMonth,
    what: serviceWhat(service.label, d, priced.blocks, service.blockSeconds),
    internalEach: priced.internal.usd === null ? null : usd(priced.internal.usd),
    unitsEach: quantity(priced.units),
    packaged: !service.usdPerUnit,
    ownUsdEach: service.usdPerUnit ? priced.amount : null,
    warnings,
    cards: [stampOf(card)],
  };
}

/** "Lip-sync, 12 s = 3 blocks of 5 s": the label without its aside, and what the duration bills. */
function serviceWhat(label: string, seconds: number | undefined, blocks: number | null, blockSeconds?: number): string {
  const name = label.replace(/ \(.*\)$/, '');
  if (blocks !== null) return `${name}, ${seconds} s = ${blocks} block${blocks > 1 ? 's' : ''} of ${blockSeconds} s`;
  return seconds === undefined ? name : `${name}, ${seconds} s`;
}

/** Every line priced for one clip or task, or every line's problem. */
export function priceEstimateLines(lines: readonly EstimateLineInput[], set: CardSet): PricedLines {
  const priced: PricedLine[] = [];
  const issues: EstimateIssue[] = [];
  lines.forEach((line, i) => {
    const result = line.kind === 'clip' ? priceClip(line, i, set) : priceServiceLine(line, i, set);
    if ('path' in result) issues.push(result);
    else priced.push(result);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, lines: priced };
}
