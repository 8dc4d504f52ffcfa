/**
 * Record templates (`RecordTemplates`): a line written from its request's class's template is
 * the line priced afresh, byte for byte, whatever its duration within the class.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardSetWith, cardVersion } from '../../test/helpers/card-fixtures';
import { recordTemplatesFor } from '../engine';
import { createLinePricer, priceBatchWith } from './price-line';

const set = cardSetWith();

/** Whole seconds: a few per run, each met with several fractions, so that classes meet. */
const whole = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 17 }) },
  { weight: 1, arbitrary: fc.integer({ min: 18, max: 3600 }) },
);
/** Offsets from a whole second: either side of it and of the halves beside it, and none. */
const part = fc.constantFrom(-0.5, -0.4999999, -0.25, -1e-7, 0, 1e-7, 0.001, 0.25, 0.4999999, 0.5, 0.5000001, 0.75);

/** The duration as a number, as its own text, or as a text JavaScript would write otherwise ("5.50"). */
function written(seconds: number, as: 'number' | 'text' | 'padded'): number | string {
  if (as === 'number') return seconds;
  return as === 'text' ? String(seconds) : `${seconds}${Number.isInteger(seconds) ? '.0' : '0'}`;
}

/** An envelope without its duration: a few of these per run, so that classes meet. */
const base = fc
  .record({
    model_name: fc.constantFrom(
      'kling-v3',
      'kling-video-o1',
      'kling-v2-6',
      'kling-v2-1-master',
      'a-new-model',
      'm\uE000',
    ),
    mode: fc.constantFrom('std', 'pro', undefined),
    resolution: fc.constantFrom('480p', '720p', '1080p', '4k', undefined),
    shape: fc.constantFrom(
      {},
      { image: 'a.png' },
      { image_list: [{ image_url: 'a' }, { image_url: 'b' }] },
      { video: 's.mp4' },
      { input_type: 'image', image: 'a.png' },
      { input_type: 'chisel' },
    ),
    generate_audio: fc.boolean(),
    // A line with a date or a charge of its own is priced afresh: a few, to hold that too.
    own: fc.constantFrom({}, {}, {}, { created_at: '2025-01-01T00:00:00Z' }, { charged_usd: '0.72' }),
  })
  .map(({ shape, own, ...fields }) => ({ ...fields, ...shape, ...own }));
const lines = fc
  .tuple(
    fc.array(base, { minLength: 1, maxLength: 3 }),
    fc.array(whole, { minLength: 1, maxLength: 4 }),
    fc.array(
      fc.tuple(fc.nat(2), fc.nat(3), part, fc.constantFrom('number', 'text', 'padded') as fc.Arbitrary<'number'>),
      {
        minLength: 1,
        maxLength: 80,
      },
    ),
  )
  .map(([bases, wholes, uses]) =>
    uses
      .map(([b, w, p, as]) => ({ base: bases[b % bases.length], seconds: wholes[w % wholes.length] + p, as }))
      .filter(({ seconds }) => seconds > 0)
      .map(({ base, seconds, as }) => JSON.stringify({ ...base, duration: written(seconds, as) })),
  );

function answers(lines: readonly string[], templates: boolean, honorResolution = false): string {
  const pricer = createLinePricer(set, '2026-11-30', { honorResolution }, null, templates ? { probe: 1e9 } : false);
  const priced = priceBatchWith(pricer, { firstLine: 1, bytes: Buffer.from(`${lines.join('\n')}\n`) });
  return `${new TextDecoder().decode(priced.bytes)}|${priced.failed}|${priced.mismatched}`;
}

describe('bulk pricing from record templates', () => {
  it('answers exactly as without them, on durations across and within classes', () => {
    fc.assert(
      fc.property(lines, fc.boolean(), (ls, honor) => {
        expect(answers(ls, true, honor)).toBe(answers(ls, false, honor));
      }),
      { numRuns: 200 },
    );
  });

  it('writes a later request of a class from the template, with its own duration', () => {
    const lines = [7.2, 7.4, 7.0000001].map((d) => JSON.stringify({ model_name: 'kling-v3', duration: d }));
    const out = answers(lines, true).split('|')[0].trim().split('\n');
    expect(out.map((l) => (JSON.parse(l) as { duration_seconds: number }).duration_seconds)).toEqual([
      7.2, 7.4, 7.0000001,
    ]);
    // One class (8 s billed, 7 s at the vendor): the records differ in the duration alone.
    expect(new Set(out.map((l) => l.replace(/"line":\d+,/, '').replace(/"duration_seconds":[\d.]+/, ''))).size).toBe(1);
  });

  it('makes no templates for cards that hold the mark', () => {
    const marked = cardSetWith(
      cardVersion('seed-002-usd.2026-11-21.json', '2026-11-25', (card) => ({ title: `${String(card.title)} \uE000` })),
    );
    const write = () => '{}';
    expect(recordTemplatesFor(marked, write)).toBeNull();
    expect(recordTemplatesFor(set, write)).not.toBeNull();
  });
});
