/** A quote as text for a terminal: every step, then the notices. */
import { formatStamp, internalSteps, UNIT_NAMES, type InternalPrice, type Quote, type VendorQuote } from '../engine';

function internalLines(title: string, price: InternalPrice): string[] {
  const factors = internalSteps(price)
    .map((s) => `${s.value} (${s.label.toLowerCase()})`)
    .join(' × ');
  const clamp = price.clamp.applied ? `, ${price.clamp.applied} → $${price.usd}` : '';
  return [
    `  ${title}: $${price.usd}`,
    `    ${factors}`,
    `    = $${price.rawUsd} raw → ${price.rounding.mode} to the cent → $${price.rounding.roundedUsd}${clamp}`,
  ];
}

function vendorLine(q: VendorQuote): string {
  if (q.status === 'unavailable') return `unavailable: ${q.reason}`;
  const units =
    q.units === null ? '' : `${q.units} ${UNIT_NAMES[q.unit]} × $${q.unitPrice?.usd} (${q.unitPrice?.label}) = `;
  return `${units}$${q.usd}  [${q.row.label}, ${q.billedSeconds} s${q.tier ? `, ${q.tier} tier` : ''}]`;
}

export function formatQuoteText(q: Quote): string {
  const r = q.request;
  const lines = [
    `${r.model}, ${r.mode}, ${r.durationSeconds} s, ${r.resolution}, ` +
      `input ${r.inputType}, ${r.audio ? 'audio' : 'no audio'}`,
    ...(q.asOf ? [`priced as of ${q.asOf} (UTC), with the cards in force that day`] : []),
    '',
    `Internal price (${formatStamp(q.internal.charged.card)})`,
    ...internalLines(`as billed (${q.internal.asBilled.resolution})`, q.internal.asBilled),
    ...internalLines(`at the requested ${r.resolution}`, q.internal.atRequested),
    `  difference if billing honoured resolution: $${q.internal.differenceUsd}`,
    `  charged: $${q.internal.charged.usd}${q.internal.charged.honorResolution ? ' (resolution honoured)' : ''}`,
    '',
    `Vendor cost (${formatStamp(q.vendor.used.card)})`,
    `  ${vendorLine(q.vendor.used)}`,
    ...q.vendor.all
      .filter((v) => v !== q.vendor.used)
      .map((v) => `  other card ${formatStamp(v.card)}: ${vendorLine(v)}`),
    '',
    q.margin ? `Margin: $${q.margin.usd} (${q.margin.pct}% of the internal price)` : 'Margin: unknown (no vendor cost)',
  ];
  if (q.notices.length > 0) {
    lines.push('', 'Notes:', ...q.notices.map((n) => `  ${n.severity === 'warning' ? '!' : '-'} ${n.message}`));
  }
  return `${lines.join('\n')}\n`;
}
