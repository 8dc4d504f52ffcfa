/** `--alternatives`: the ranked options for a need, as JSON or a table. */
import { alternatives, formatStamp, parseEnvelope, type CardSet, type Ordering } from '../engine';
import type { CliOptions } from './args';

/** The flags were checked (check-flags.ts): --order is an ordering, --max-usd an amount, --duration given. */
export function runAlternatives(set: CardSet, options: CliOptions): { code: number; out: string; err: string } {
  const order = (options.order ?? 'cheapest-vendor') as Ordering;
  // The need is read like an envelope, so the duration, resolution and input rules are the same.
  const parsed = parseEnvelope({
    model_name: 'any',
    duration: options.duration,
    resolution: options.resolution,
    input_type: options.input,
    ...(options.audio ? { sound: 'on' } : {}),
  });
  if (!parsed.ok) return { code: 2, out: '', err: `error: ${parsed.error}\n` };
  const r = parsed.request;
  const need = {
    minResolution: r.resolution,
    audio: r.audio,
    inputType: r.inputType,
    durationSeconds: r.durationSeconds,
    ...(options.maxUsd ? { maxClipUsd: options.maxUsd } : {}),
  };
  const result = alternatives(need, set, order, { vendorCardId: options.vendorCard, packageId: options.package });
  if (options.json) {
    const json = {
      ok: true,
      need: {
        min_resolution: need.minResolution,
        audio: need.audio,
        input_type: need.inputType,
        duration_seconds: need.durationSeconds,
        max_clip_usd: options.maxUsd ?? null,
      },
      ordering: order,
      ranked: result.ranked.map((o, i) => ({
        rank: i + 1,
        model: o.model,
        mode: o.mode,
        quality: o.quality.name,
        internal_usd: o.internalUsd,
        vendor_usd: o.vendorUsd,
        margin_usd: o.marginUsd,
        margin_pct: o.marginPct,
        vendor_card: o.quote.vendor.used.status === 'priced' ? formatStamp(o.quote.vendor.used.card) : null,
      })),
      excluded: result.excluded.map((e) => ({ model: e.model, mode: e.mode, reason: e.reason })),
    };
    return { code: 0, out: `${JSON.stringify(json)}\n`, err: '' };
  }
  const lines = [
    `Options for ${need.durationSeconds} s at ${need.minResolution}, input ${need.inputType}, ` +
      `${need.audio ? 'with audio' : 'no audio'} (ranked by ${order}):`,
    ...result.ranked.map(
      (o, i) =>
        `  ${i + 1}. ${o.model} ${o.mode} [${o.quality.name}]: ` +
        `internal $${o.internalUsd}, vendor $${o.vendorUsd}, margin $${o.marginUsd} (${o.marginPct}%)`,
    ),
    '',
    'Excluded:',
    ...result.excluded.map((e) => `  ${e.model} ${e.mode}: ${e.reason}`),
  ];
  return { code: 0, out: `${lines.join('\n')}\n`, err: '' };
}
