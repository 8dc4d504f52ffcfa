/**
 * SPEC §4.5: what changed between two versions of a card, field by field, and what that
 * does to the price of a sample request.
 */
import { describeValue } from './describe-value';
import { formatIssuePath } from './issue-path';
import { compileInternal, compileVendor } from './compiled-cards';
import { priceInternal } from './internal-price';
import type { QuoteRequest } from './quote-request';
import type { RateCard } from './rate-card';
import { priceVendorCard, withDiscount, type UnitPrice } from './vendor-cost';

export interface CardChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

function walk(a: unknown, b: unknown, path: Array<string | number>, out: CardChange[]) {
  if (out.length >= 500) return;
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a) && Array.isArray(b) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push({ path: formatIssuePath(path) || '(the card)', before: a === undefined ? '(absent)' : describeValue(a), after: b === undefined ? '(absent)' : describeValue(b) });
  }
}

export function diffCards(before: RateCard, after: RateCard): CardChange[] {
  const out: CardChange[] = [];
  walk(before, after, [], out);
  return out;
}

export interface SamplePrice {
  readonly before: string;
  readonly after: string;
  readonly what: string;
}

/** The sample request's price on each version (internal: as billed; vendor: its cost). */
export function samplePrice(before: RateCard, after: RateCard, request: QuoteRequest, unitPrice: UnitPrice | null, afterDiscountPct?: string): SamplePrice | null {
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
