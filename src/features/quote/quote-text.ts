/** A quote as plain text for the clipboard: inputs, prices, card versions and the link. */
import { formatStamp, UNIT_NAMES, type Quote } from '../../engine';
import { formatPercent, formatUsd, formatUsdExact } from '../../lib/format-money';
import { REFERENCE_LABELS } from '../../components/request-form/quote-form-schema';
import { asOfLine } from './as-of-line';

export function quoteText(q: Quote, link: string): string {
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
