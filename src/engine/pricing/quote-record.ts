/**
 * A quote as plain JSON, the shape of one line of the command line's output (SPEC §6).
 * Money is always a decimal string. Kept lean: a bulk re-pricing writes one per envelope.
 */
import type { InputTypeDerivation } from '../request/input-type';
import { formatStamp } from '../cards/rate-card-common';
import type { Quote } from './quote';
import type { VendorQuote } from './vendor-cost';

function vendorRecord(q: VendorQuote) {
  if (q.status === 'unavailable') return { card: formatStamp(q.card), unavailable: q.reason };
  return {
    card: formatStamp(q.card),
    ...(q.units === null ? {} : { units: q.units }),
    usd: q.usd,
    billed_seconds: q.billedSeconds,
    ...(q.tier === null ? {} : { tier: q.tier }),
    ...(q.unitPrice ? { package: q.unitPrice.packageId, unit_price_usd: q.unitPrice.usd } : {}),
    ...(q.approximate ? { approximate: true } : {}),
  };
}

export function toQuoteRecord(quote: Quote, derivation?: InputTypeDerivation, line?: number) {
  const { request, internal, vendor, margin } = quote;
  const charged = internal.charged;
  const used = vendor.used;
  return {
    ok: true as const,
    ...(line === undefined ? {} : { line }),
    duration_seconds: request.durationSeconds,
    ...(derivation ? { input_type_reason: derivation.reason } : {}),
    model: request.model,
    mode: request.mode,
    resolution: request.resolution,
    input_type: request.inputType,
    audio: request.audio,
    internal: {
      usd: charged.usd,
      usd_as_billed: internal.asBilled.usd,
      usd_at_requested_resolution: internal.atRequested.usd,
      honor_resolution: charged.honorResolution,
      billed_seconds: charged.billedSeconds,
      raw_usd: charged.rawUsd,
      clamp: charged.clamp.applied,
      ...(charged.clamp.applied ? { unclamped_usd: charged.clamp.unclampedUsd } : {}),
      card: formatStamp(charged.card),
    },
    vendor: used.status === 'priced' ? vendorRecord(used) : null,
    ...(used.status === 'unavailable' ? { vendor_unavailable: used.reason } : {}),
    vendor_others: vendor.all.filter((q) => q !== used).map(vendorRecord),
    margin: margin ? { usd: margin.usd, pct: margin.pct } : null,
    // vendor_unavailable already says why; every other notice is listed.
    warnings: quote.notices
      .filter((n) => n.code !== 'vendor-unavailable')
      .map((n) => ({ code: n.code, message: n.message })),
  };
}

export type QuoteRecord = ReturnType<typeof toQuoteRecord>;

/** The line for an input that could not be priced. */
export function toErrorRecord(error: string, line?: number) {
  return { ok: false as const, ...(line === undefined ? {} : { line }), error };
}
