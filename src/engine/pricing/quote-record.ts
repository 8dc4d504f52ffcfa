/**
 * A quote as plain JSON, the shape of one line of the command line's output (SPEC §6).
 * Money is always a decimal string. Kept lean: a bulk re-pricing writes one per envelope.
 */
import type { InputTypeDerivation } from '../request/input-type';
import { formatStamp } from '../cards/rate-card-common';
import type { Quote } from './quote';
import type { VendorQuote } from './vendor-cost';
import type { AmountCheck, ChargeCheck } from './charge-check';

/** What a line adds to its quote: the instant it was priced as of, and the check of its charge. */
export interface RecordExtra {
  /** Overrides the quote's own date (a row's `created_at`). */
  readonly asOf?: string;
  readonly check?: ChargeCheck | null;
}

const amountFields = (c: AmountCheck, charged: string, unit: string) => ({
  [charged]: c.charged,
  [`expected_${unit}`]: c.expected,
  [`difference_${unit}`]: c.difference,
  cause: c.cause,
  cause_code: c.causeCode,
  cause_card: c.causeCard ? formatStamp(c.causeCard) : null,
});

/** SPEC §8's `reconcile`: the USD check's fields at the top, the units' under `units`. */
export function reconcileRecord(check: ChargeCheck) {
  return {
    status: check.status,
    ...(check.usd ? amountFields(check.usd, 'charged_usd', 'usd') : {}),
    ...(check.units
      ? { units: { status: check.units.status, ...amountFields(check.units, 'final_unit_deduction', 'units') } }
      : {}),
  };
}

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

export function toQuoteRecord(quote: Quote, derivation?: InputTypeDerivation, line?: number, extra: RecordExtra = {}) {
  const { request, internal, vendor, margin } = quote;
  const charged = internal.charged;
  const used = vendor.used;
  const asOf = extra.asOf ?? quote.asOf;
  return {
    ok: true as const,
    ...(line === undefined ? {} : { line }),
    ...(asOf === null ? {} : { as_of: asOf }),
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
    ...(extra.check ? { reconcile: reconcileRecord(extra.check) } : {}),
  };
}

/** The line for an input that could not be priced. */
export function toErrorRecord(error: string, line?: number, asOf?: string) {
  return { ok: false as const, ...(line === undefined ? {} : { line }), ...(asOf ? { as_of: asOf } : {}), error };
}
