/** A quote as plain text for the clipboard: inputs, prices, card versions and the link. */
import { formatStamp, UNIT_NAMES, type Quote } from '../../engine';
import { formatPercent, formatUsd, formatUsdExact } from '../../lib/format-money';
import { REFERENCE_LABELS } from '../../components/request-form/quote-form-schema';
import { asOfLine } from './as-of-line';
import type { WhatIfQuote } from './what-if-quote';

/** The what-if line: what was tried, and the card's own price and margin beside it. */
function whatIfLine({ tried, own }: WhatIfQuote): string {
  const margin = own.margin ? `${formatUsd(own.margin.usd)} (${formatPercent(own.margin.pct)})` : 'unknown';
  return (
    `What-if (not saved): ${tried.model} × ${tried.factor} (without it: × ${tried.cardFactor}); ` +
    `the card's own price as billed: ${formatUsd(own.internal.asBilled.usd)}, its margin: ${margin}`
  );
}

/** `whatIf`: a what-if of the link priced this model; the text says so, with the card's own price. */
export function quoteText(q: Quote, link: string, whatIf: WhatIfQuote | null = null): string {
  const r = q.request;
  const { asBilled, atRequested } = q.internal;
  const v = q.vendor.used;
  const vendorLine =
    v.status === 'priced'
      ? `Vendor cost: ${formatUsd(v.usd)}` +
        (v.usd.split('.')[1]?.length > 2 ? ` (exactly ${formatUsdExact(v.usd)})` : '') +
        (v.units !== null && v.unitPrice
          ? ` = ${v.units} ${UNIT_NAMES[v.unit]} × ${formatUsdExact(v.unitPrice.usd)} (${v.unitPrice.label})`
          : '') +
        ` [${formatStamp(v.card)}]`
      : `Vendor cost: unavailable (${v.reason}) [${formatStamp(v.card)}]`;
  const lines = [
    'Kling video quote',
    asOfLine(q),
    ...(whatIf ? [whatIfLine(whatIf)] : []),
    `Request: ${r.model}, ${r.mode}, ${r.durationSeconds} s, ${r.resolution}, ` +
      `references: ${REFERENCE_LABELS[r.inputType].toLowerCase()}, ${r.audio ? 'with audio' : 'no audio'}`,
    `Internal price as billed (${asBilled.resolution}): ${formatUsd(asBilled.usd)} [${formatStamp(asBilled.card)}]`,
    `Internal price at ${atRequested.resolution} if billing honoured resolution: ${formatUsd(atRequested.usd)} ` +
      `(difference ${formatUsd(q.internal.differenceUsd)})`,
    vendorLine,
    q.margin
      ? `Margin: ${formatUsd(q.margin.usd)} (${formatPercent(q.margin.pct)} of the internal price)`
      : 'Margin: unknown (no vendor cost)',
    ...q.notices.filter((n) => n.severity === 'warning').map((n) => `Warning: ${n.message}`),
    `Link: ${link}`,
  ];
  return `${lines.join('\n')}\n`;
}
