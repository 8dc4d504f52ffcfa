/**
 * A quote as plain JSON, the shape of one line of the command line's output (SPEC §6).
 * Money is always a decimal string.
 */
import type { InputTypeDerivation } from './input-type';
import { formatStamp } from './rate-card-common';
import type { Quote } from './quote';
import type { VendorQuote } from './vendor-cost';

function vendorRecord(q: VendorQuote) {
  if (q.status === 'unavailable') return { card: formatStamp(q.card), status: q.status, reason: q.reason };
  return {
    card: formatStamp(q.card),
    status: q.status,
    units: q.units,
    usd: q.usd,
    unit: q.unit,
    billed_seconds: q.billedSeconds,
    tier: q.tier,
    row: q.row.id,
    package: q.unitPrice?.packageId ?? null,
    unit_price_usd: q.unitPrice?.usd ?? null,
    approximate: q.approximate,
  };
}

export function toQuoteRecord(quote: Quote, derivation?: InputTypeDerivation, line?: number) {
  const { request, internal, vendor, margin } = quote;
  const used = vendor.used;
  return {
    ok: true as const,
    ...(line === undefined ? {} : { line }),
    model: request.model,
    mode: request.mode,
    duration_seconds: request.durationSeconds,
    resolution: request.resolution,
    input_type: request.inputType,
    ...(derivation ? { input_type_reason: derivation.reason } : {}),
    audio: request.audio,
    internal: {
      usd: internal.charged.usd,
      usd_as_billed: internal.asBilled.usd,
      usd_at_requested_resolution: internal.atRequested.usd,
      difference_usd: internal.differenceUsd,
      honor_resolution: internal.charged.honorResolution,
      resolution_charged: internal.charged.resolution,
      billed_seconds: internal.charged.billedSeconds,
      raw_usd: internal.charged.rawUsd,
      rounded_usd: internal.charged.rounding.roundedUsd,
      clamp: internal.charged.clamp.applied,
      card: formatStamp(internal.charged.card),
    },
    vendor: used.status === 'priced' ? vendorRecord(used) : null,
    ...(used.status === 'unavailable' ? { vendor_unavailable: used.reason } : {}),
    vendor_alternatives: vendor.all.filter((q) => q !== used).map(vendorRecord),
    margin: margin ? { usd: margin.usd, pct: margin.pct } : null,
    warnings: quote.notices.map((n) => ({ code: n.code, severity: n.severity, message: n.message })),
  };
}

export type QuoteRecord = ReturnType<typeof toQuoteRecord>;

/** The line for an input that could not be priced. */
export function toErrorRecord(error: string, line?: number) {
  return { ok: false as const, ...(line === undefined ? {} : { line }), error };
}
