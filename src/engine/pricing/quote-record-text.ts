/**
 * `JSON.stringify(toQuoteRecord(…))`, written directly: the same bytes, without building the
 * record object first. Bulk re-pricing writes one per envelope, and this is several times
 * cheaper; a property test holds the two to the same text on any quote.
 */
import type { CardStamp } from '../cards/rate-card-common';
import type { InputTypeDerivation } from '../request/input-type';
import { durationText } from '../request/checked-request';
import type { Quote } from './quote';
import type { VendorQuote } from './vendor-cost';
import { reconcileRecord, type RecordExtra } from './quote-record';

/**
 * A string as JSON text. Most strings here need no escape, and quoting them is several
 * times cheaper than `JSON.stringify`, which is kept for any string with a character it
 * might escape (a quote, a backslash, a control character or any surrogate).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const MAY_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const text = (s: string): string => (MAY_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`);

/**
 * A card's stamp as JSON: card ids are lower-case letters, digits and dashes and versions are
 * dates (the card schemas refuse anything else), so it needs no escape.
 */
const stampText = (stamp: CardStamp): string => `"${stamp.id}@${stamp.version}"`;

function vendorText(q: VendorQuote): string {
  const card = `{"card":${stampText(q.card)}`;
  if (q.status === 'unavailable') return `${card},"unavailable":${text(q.reason)}}`;
  // Amounts are decimal strings, a tier a resolution and a package id a card id: nothing to escape.
  const units = q.units === null ? '' : `,"units":"${q.units}"`;
  const tier = q.tier === null ? '' : `,"tier":"${q.tier}"`;
  const pkg = q.unitPrice ? `,"package":"${q.unitPrice.packageId}","unit_price_usd":"${q.unitPrice.usd}"` : '';
  const approximate = q.approximate ? ',"approximate":true' : '';
  return `${card}${units},"usd":"${q.usd}","billed_seconds":${q.billedSeconds}${tier}${pkg}${approximate}}`;
}

export function quoteRecordText(
  quote: Quote,
  derivation?: InputTypeDerivation,
  line?: number,
  extra: RecordExtra = {},
): string {
  const { request, internal, vendor, margin } = quote;
  const asOf = extra.asOf ?? quote.asOf;
  const charged = internal.charged;
  const used = vendor.used;
  const clamp = charged.clamp;
  const head =
    `{"ok":true${line === undefined ? '' : `,"line":${line}`}${asOf === null ? '' : `,"as_of":${text(asOf)}`}` +
    `,"duration_seconds":${durationText(request)}` +
    `${derivation ? `,"input_type_reason":${text(derivation.reason)}` : ''},"model":${text(request.model)}` +
    `,"mode":"${request.mode}","resolution":"${request.resolution}","input_type":"${request.inputType}"` +
    `,"audio":${request.audio}`;
  const internalText =
    `{"usd":"${charged.usd}","usd_as_billed":"${internal.asBilled.usd}"` +
    `,"usd_at_requested_resolution":"${internal.atRequested.usd}"` +
    `,"honor_resolution":${charged.honorResolution}` +
    `,"billed_seconds":${charged.billedSeconds},"raw_usd":"${charged.rawUsd}"` +
    `,"clamp":${clamp.applied === null ? 'null' : `"${clamp.applied}","unclamped_usd":"${clamp.unclampedUsd}"`}` +
    `,"card":${stampText(charged.card)}}`;
  const usedText = used.status === 'priced' ? vendorText(used) : `null,"vendor_unavailable":${text(used.reason)}`;
  let others = '';
  for (const q of vendor.all) if (q !== used) others += `${others === '' ? '' : ','}${vendorText(q)}`;
  const marginText = margin ? `{"usd":"${margin.usd}","pct":"${margin.pct}"}` : 'null';
  let warnings = '';
  for (const n of quote.notices) {
    // vendor_unavailable already says why; every other notice is listed.
    if (n.code !== 'vendor-unavailable')
      warnings += `${warnings === '' ? '' : ','}{"code":"${n.code}","message":${text(n.message)}}`;
  }
  return (
    `${head},"internal":${internalText},"vendor":${usedText},"vendor_others":[${others}]` +
    `,"margin":${marginText},"warnings":[${warnings}]` +
    `${extra.check ? `,"reconcile":${JSON.stringify(reconcileRecord(extra.check))}` : ''}}`
  );
}
