/** `--service ID`: one seed 003 service line, as JSON or text. */
import { findServicesCard, formatStamp, priceService, toSeconds, unitPriceForServices, type CardSet } from '../engine';
import type { CliOptions } from './args';

export function runService(set: CardSet, options: CliOptions): { code: number; out: string; err: string } {
  const card = findServicesCard(set);
  const fail = (error: string, code = 1) =>
    options.json
      ? { code, out: `${JSON.stringify({ ok: false, error })}\n`, err: '' }
      : { code, out: '', err: `error: ${error}\n` };
  if (!card) return fail('no services card is loaded', 2);
  // The flags were checked (check-flags.ts): --duration is a number of seconds, --count a whole number.
  const duration = options.duration === undefined ? undefined : toSeconds(options.duration);
  const count = options.count === undefined ? undefined : Number(options.count);
  const id = options.service ?? '';
  const input = { durationSeconds: duration, count, packageId: options.package };
  const unitPrice = unitPriceForServices(set, card, options.package);
  const line = priceService(card, id, input, unitPrice, set.servicePricesUsd?.[id]);
  if (!line.ok) return fail(line.error);
  const warnings = line.notices.map((n) => ({ code: n.code, message: n.message }));
  if (options.json) {
    const json = {
      ok: true,
      service: line.service.id,
      label: line.service.label,
      count: line.count,
      blocks: line.blocks,
      units: line.units,
      usd: line.usd,
      vendor: { units: line.units, usd: line.usd, unit_price_usd: line.unitPriceUsd, card: formatStamp(line.card) },
      internal: line.internal.usd === null ? null : { usd: line.internal.usd },
      ...(line.internal.reason ? { internal_unavailable: line.internal.reason } : {}),
      // Always present, as in a video quote's record, so scripts need not test for the key.
      warnings,
    };
    return { code: 0, out: `${JSON.stringify(json)}\n`, err: '' };
  }
  const text = [
    line.service.label,
    ...line.steps.map((s) => `  ${s.label}: ${s.value} (${s.source})`),
    `Vendor cost: ${line.units} units = $${line.usd}`,
    `Internal price: ${line.internal.usd === null ? line.internal.reason : `$${line.internal.usd}`}`,
    ...warnings.map((w) => `warning: ${w.message}`),
  ];
  return { code: 0, out: `${text.join('\n')}\n`, err: '' };
}
