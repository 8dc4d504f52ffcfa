/**
 * Seed 004: every model × mode that can make a clip meeting a need, ranked, with
 * the reason each other option is excluded. The need: a minimum resolution, audio or not,
 * the input type, the duration, and optionally the most a clip may cost (the internal price
 * as billed: what the clip costs the customer).
 */
import { compareAmounts, usd } from '../money/money';
import { quote, type Quote, type QuoteOptions } from '../pricing/quote';
import type { CardSet } from '../cards/card-set';
import { resolutionRank, MODES, type InputType, type Mode, type Resolution } from '../request/vocabulary';
import { candidateModels } from './candidate-models';
import { qualityOf, type QualityTier } from './quality-tier';

interface Need {
  readonly minResolution: Resolution;
  readonly audio: boolean;
  readonly inputType: InputType;
  readonly durationSeconds: number;
  readonly maxClipUsd?: string;
}

export type Ordering = 'cheapest-vendor' | 'best-margin' | 'quality';

interface Option {
  readonly model: string;
  readonly mode: Mode;
  /** Seed 004's tiers: Standard 1, Enhanced 2, Pro 3. */
  readonly quality: QualityTier;
  readonly quote: Quote;
  readonly internalUsd: string;
  readonly vendorUsd: string;
  readonly marginUsd: string;
  readonly marginPct: string;
}

export interface Excluded {
  readonly model: string;
  readonly mode: Mode;
  readonly reason: string;
}

/** The resolution a mode renders at (Kling: std 720p, pro 1080p). */
const modeResolution = (mode: Mode): Resolution => (mode === 'pro' ? '1080p' : '720p');

export function alternatives(need: Need, set: CardSet, ordering: Ordering, options: QuoteOptions = {}) {
  const ranked: Option[] = [];
  const excluded: Excluded[] = [];
  for (const model of candidateModels(set)) {
    for (const mode of MODES) {
      // Every reason that applies is given, so that a missing audio is named even where the
      // mode's resolution already rules the option out.
      const reasons: string[] = [];
      if (need.minResolution !== '4k' && resolutionRank(modeResolution(mode)) < resolutionRank(need.minResolution)) {
        reasons.push(
          `resolution not offered: ${mode} renders ${modeResolution(mode)}, ${need.minResolution} is needed`,
        );
      }
      const result = quote(
        {
          model,
          mode,
          durationSeconds: need.durationSeconds,
          resolution: need.minResolution,
          inputType: need.inputType,
          audio: need.audio,
        },
        set,
        options,
      );
      if (!result.ok) {
        excluded.push({ model, mode, reason: [...reasons, result.error].join('; ') });
        continue;
      }
      const q = result.quote;
      const used = q.vendor.used;
      if (used.status === 'unavailable') reasons.push(classify(used.reason, need));
      else if (need.maxClipUsd !== undefined && compareAmounts(q.internal.charged.amount, usd(need.maxClipUsd)) > 0) {
        reasons.push(`over budget: $${q.internal.charged.usd} a clip, more than $${need.maxClipUsd}`);
      }
      if (reasons.length > 0 || used.status === 'unavailable') {
        excluded.push({ model, mode, reason: reasons.join('; ') });
        continue;
      }
      ranked.push({
        model,
        mode,
        quality: qualityOf(model, mode),
        quote: q,
        internalUsd: q.internal.charged.usd,
        vendorUsd: used.usd,
        marginUsd: q.margin?.usd ?? '0',
        marginPct: q.margin?.pct ?? '0',
      });
    }
  }
  ranked.sort(ORDERINGS[ordering]);
  return { ranked, excluded };
}

/** The vendor's reason, led by the kind of exclusion a person scans for. */
function classify(reason: string, need: Need): string {
  if (/with audio/.test(reason) && need.audio) return `no audio: ${reason}`;
  if (/longer than|runs \d|offers \d/.test(reason)) return `duration out of range: ${reason}`;
  if (/offered at|not at 4k/.test(reason)) return `resolution not offered: ${reason}`;
  if (/it needs|it takes input/.test(reason)) return `input not accepted: ${reason}`;
  if (/no price for model/.test(reason)) return `no vendor price: ${reason}`;
  return `not offered: ${reason}`;
}

const byVendor = (a: Option, b: Option) => compareAmounts(usd(a.vendorUsd), usd(b.vendorUsd));
const byName = (a: Option, b: Option) => a.model.localeCompare(b.model) || a.mode.localeCompare(b.mode);

export const ORDERINGS: Record<Ordering, (a: Option, b: Option) => number> = {
  'cheapest-vendor': (a, b) => byVendor(a, b) || byName(a, b),
  'best-margin': (a, b) => compareAmounts(usd(b.marginUsd), usd(a.marginUsd)) || byVendor(a, b) || byName(a, b),
  // Seed 004's select_cost_effective_model: the highest quality first, the cheapest within it.
  quality: (a, b) => b.quality.rank - a.quality.rank || byVendor(a, b) || byName(a, b),
};
