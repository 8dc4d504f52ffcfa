import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { alternatives, type Ordering } from './alternatives';
import { candidateModels } from './candidate-models';
import { qualityOf } from './quality-tier';
import { compareAmounts, usd } from '../money/money';
import { quote } from '../pricing/quote';
import { MODES, resolutionRank } from '../request/vocabulary';

type Need = Parameters<typeof alternatives>[0];

const need: Need = { minResolution: '1080p', audio: true, inputType: 'text', durationSeconds: 10 };

/** The same list, worked out the long way: every candidate quoted, filtered, sorted. */
interface Row {
  id: string;
  vendor: number;
  margin: number;
  quality: number;
}

function bruteForce(n: Need, ordering: Ordering) {
  const rows: Row[] = [];
  for (const model of candidateModels(cards)) {
    for (const mode of MODES) {
      const native = mode === 'pro' ? '1080p' : '720p';
      if (n.minResolution !== '4k' && resolutionRank(native) < resolutionRank(n.minResolution)) continue;
      const r = quote(
        {
          model,
          mode,
          durationSeconds: n.durationSeconds,
          resolution: n.minResolution,
          inputType: n.inputType,
          audio: n.audio,
        },
        cards,
      );
      if (!r.ok || r.quote.vendor.used.status !== 'priced') continue;
      if (n.maxClipUsd && compareAmounts(usd(r.quote.internal.charged.usd), usd(n.maxClipUsd)) > 0) continue;
      rows.push({
        id: `${model} ${mode}`,
        vendor: Number(r.quote.vendor.used.usd),
        margin: Number(r.quote.margin?.usd),
        quality: qualityOf(model, mode).rank,
      });
    }
  }
  const key = {
    'cheapest-vendor': (x: Row) => [x.vendor],
    'best-margin': (x: Row) => [-x.margin, x.vendor],
    quality: (x: Row) => [-x.quality, x.vendor],
  }[ordering];
  return rows
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return ka[i] - kb[i];
      return a.id.localeCompare(b.id);
    })
    .map((x) => x.id);
}

describe('alternatives for a need', () => {
  it.each<Ordering>(['cheapest-vendor', 'best-margin', 'quality'])(
    'ranks as the brute-force list does (%s)',
    (ordering) => {
      for (const n of [
        need,
        { ...need, audio: false },
        { ...need, minResolution: '720p' as const, audio: false },
        { ...need, audio: false, maxClipUsd: '1.00' },
        { ...need, minResolution: '4k' as const, audio: false, durationSeconds: 5 },
      ]) {
        expect(alternatives(n, cards, ordering).ranked.map((o) => `${o.model} ${o.mode}`)).toEqual(
          bruteForce(n, ordering),
        );
      }
    },
  );

  it('excludes every option without audio, with the reason, for a 10 s 1080p clip with audio', () => {
    const { ranked, excluded } = alternatives(need, cards, 'cheapest-vendor');
    expect(ranked.map((o) => `${o.model} ${o.mode}`)).toEqual(['kling-v2-6 pro', 'kling-v3-omni pro', 'kling-v3 pro']);
    for (const model of ['kling-video-o1', 'kling-v2-5-turbo', 'kling-v1-6', 'kling-v2-master']) {
      for (const mode of MODES)
        expect(excluded.find((e) => e.model === model && e.mode === mode)?.reason).toMatch(/no audio: .*with audio/);
    }
    expect(excluded.find((e) => e.model === 'kling-v3' && e.mode === 'std')?.reason).toBe(
      'resolution not offered: std renders 720p, 1080p is needed',
    );
  });

  it('names durations out of range and budgets exceeded', () => {
    const long = alternatives({ ...need, audio: false, durationSeconds: 20 }, cards, 'cheapest-vendor');
    expect(long.excluded.find((e) => e.model === 'kling-v3' && e.mode === 'pro')?.reason).toMatch(
      /^duration out of range: .*20 s; Kling 3\.0 runs 3–15 s$/,
    );
    const cheap = alternatives({ ...need, audio: false, maxClipUsd: '1.00' }, cards, 'cheapest-vendor');
    expect(cheap.excluded.find((e) => e.model === 'kling-v3' && e.mode === 'pro')?.reason).toBe(
      'over budget: $1.56 a clip, more than $1.00',
    );
  });

  it("orders by seed 004's quality tiers: Pro first, the cheapest within", () => {
    const ranked = alternatives({ ...need, minResolution: '720p', audio: false }, cards, 'quality').ranked;
    const ranks = ranked.map((o) => o.quality.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(ranked[0].quality.name).toBe('Pro');
  });
});
