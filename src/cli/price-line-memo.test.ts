/** The line memo (`LineMemo`): answers from it are the fresh answers, byte for byte, under each line's own number. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardSetWith, cardVersion } from '../../test/helpers/card-fixtures';
import { LineMemo } from '../engine';
import { createLinePricer, priceBatchWith } from './price-line';

// A second version of the internal card, so that `created_at` picks between versions.
const set = cardSetWith(
  cardVersion('internal.2026-11-21.json', '2026-11-25', (card) => ({
    modelMultipliers: { ...(card.modelMultipliers as Record<string, string>), 'kling-v3': '1.2' },
  })),
);

/** Lines as logs carry them: a few shapes drawn often (so texts repeat), some malformed. */
const envelope = fc.record(
  {
    model_name: fc.constantFrom('kling-v3', 'kling-video-o1', 'kling-v2-6', 'some-future-model', 'x'.repeat(130)),
    mode: fc.constantFrom('std', 'pro', 'max'),
    duration: fc.oneof(
      fc.constantFrom(5, '10', 3.5, 0.2, 15.0000001, -1, 'ten'),
      fc.integer({ min: 1, max: 300 }).map((n) => n / 10),
    ),
    resolution: fc.constantFrom('480p', '720p', '1080p', '4k', '8k'),
    image: fc.constant('a.png'),
    image_list: fc.constant([{ image_url: 'a' }, { image_url: 'b' }]),
    video: fc.constant('s.mp4'),
    input_type: fc.constantFrom('chisel', 'text'),
    sound: fc.constantFrom('on', 'off', true),
    created_at: fc.constantFrom('2026-11-22T10:00:00Z', '2026-11-26T10:00:00Z', '2025-01-01T00:00:00Z', 'soon'),
    charged_usd: fc.constantFrom('0.72', '1.56', '9.99', 'free'),
  },
  { requiredKeys: ['model_name', 'duration'] },
);
const line = fc.oneof(
  { weight: 12, arbitrary: envelope.map((e) => JSON.stringify(e)) },
  { weight: 1, arbitrary: fc.constantFrom('not json', '', '[1,2]', '{"model_name":"kling-v3"') },
);

function answers(lines: readonly string[], memo: LineMemo | null, firstLine = 1): string {
  const pricer = createLinePricer(set, '2026-11-30', { honorResolution: false }, memo);
  const batch = { firstLine, bytes: Buffer.from(`${lines.join('\n')}\n`) };
  const priced = priceBatchWith(pricer, batch);
  return `${new TextDecoder().decode(priced.bytes)}|${priced.failed}|${priced.mismatched}`;
}

describe('bulk pricing with its memo', () => {
  it('answers exactly as without it, whatever the lines and their repeats', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 99_999 }), (ls, first) => {
        // Each line at least twice, far apart, so that the memo answers the second.
        const lines = [...ls, ...ls.slice().reverse()];
        const memo = new LineMemo({ probe: 1_000_000 });
        expect(answers(lines, memo, first)).toBe(answers(lines, null, first));
      }),
      { numRuns: 150 },
    );
  });

  it('does answer repeats from memory, each under its own line number', () => {
    const text = JSON.stringify({ model_name: 'kling-v3', duration: 5.5, created_at: '2026-11-26T10:00:00Z' });
    const memo = new LineMemo({ probe: 1_000_000 });
    const out = answers([text, text, text], memo, 9).split('|')[0].trim().split('\n');
    expect(out.map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([9, 10, 11]);
    expect(new Set(out.map((l) => l.replace(/"line":\d+/, ''))).size).toBe(1);
    // The second and third came from the memo: looking them up again finds them.
    expect(memo.get(text)?.outcome).toBe(0);
  });

  it('switches itself off on distinct input, and stops taking answers once full', () => {
    const distinct = new LineMemo({ probe: 100, minHitRate: 0.2, capacity: 1_000 });
    for (let i = 0; i < 100; i += 1) {
      expect(distinct.get(`line ${i}`)).toBeUndefined();
      distinct.set(`line ${i}`, { outcome: 0, tail: `,"n":${i}}` });
    }
    expect(distinct.active).toBe(false);
    expect(distinct.get('line 1')).toBeUndefined();

    // The glance: nothing repeated in the first 200 lookups turns it off there, long before the probe.
    const glanced = new LineMemo({ probe: 10_000, glance: 200 });
    for (let i = 0; i < 200; i += 1) glanced.set(`line ${i}`, { outcome: 0, tail: '}' });
    for (let i = 0; i < 199; i += 1) glanced.get(`new ${i}`);
    expect(glanced.active).toBe(true);
    glanced.get('new 199');
    expect(glanced.active).toBe(false);
    // Two repeats in 200 (1 %) are enough to go on to the probe.
    const repeating = new LineMemo({ probe: 10_000, glance: 200 });
    repeating.set('seen', { outcome: 0, tail: '}' });
    for (let i = 0; i < 200; i += 1) repeating.get(i < 2 ? 'seen' : `new ${i}`);
    expect([repeating.active, repeating.get('seen')?.tail]).toEqual([true, '}']);

    const full = new LineMemo({ probe: 1_000_000, capacity: 2 });
    for (const key of ['a', 'b', 'c']) full.set(key, { outcome: 1, tail: '}' });
    expect([full.get('a')?.outcome, full.get('b')?.outcome, full.get('c')]).toEqual([1, 1, undefined]);
  });
});
