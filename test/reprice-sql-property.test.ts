/**
 * A property: on random envelopes (fractional and string durations, every input shape, audio
 * fields, `created_at` across card versions, charges right and wrong, wrong values of every field),
 * the compiled SQL run through DuckDB answers every line as `--jsonl` does, `reconcile` included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreement } from './helpers/reprice-sql';
import { versioned } from './helpers/reprice-cards';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const reference = fc.constantFrom<unknown>('a', '', ' ', 5, null);
const entry = fc.oneof(
  fc.constantFrom<unknown>('a', '', null, 7),
  fc.record({ image_url: fc.constantFrom('x', '') }),
  fc.record({ image: fc.constantFrom('y', ' ') }),
  fc.record({ video_url: fc.constantFrom('v', '') }),
);
const seconds = fc.double({ min: 0, max: 3700, noNaN: true });
const duration = fc.oneof(
  seconds,
  fc.integer({ min: -5, max: 3605 }),
  seconds.map((s) => String(Math.round(s * 1000) / 1000)),
  fc.constantFrom<unknown>('5', ' 7.5 ', '.5', '5.', 'x', 5.0000001, 4.5, 5.5, 10.5, 0.4, true, null),
);
const instant = fc
  .date({ min: new Date('2026-08-01T00:00:00Z'), max: new Date('2027-02-01T00:00:00Z'), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom<unknown>(d.toISOString(), d.getTime(), String(d.getTime()), d.toISOString().slice(0, 10)),
  );

const cents = fc.integer({ min: 0, max: 300 }).map((c) => (c / 100).toFixed(2));

const envelope = fc.record(
  {
    model_name: fc.oneof(
      fc.constantFrom('kling-v3', 'kling-v3-omni', 'kling-video-o1', 'kling-v1', 'kling-v2-6', 'kling-v1-6'),
      fc.constantFrom('kling-v2-5-turbo', 'kling-v3-motion-control', 'other', ' kling-v3 ', ''),
    ),
    duration,
    mode: maybe(fc.constantFrom<unknown>('std', 'pro', '', null, 'turbo')),
    resolution: maybe(fc.constantFrom<unknown>('480p', '720p', '1080p', '4k', '', '8k')),
    image: maybe(reference),
    image_tail: maybe(reference),
    image_list: maybe(fc.array(entry, { maxLength: 3 })),
    video: maybe(reference),
    video_url: maybe(reference),
    video_list: maybe(fc.array(entry, { maxLength: 2 })),
    input_type: maybe(fc.constantFrom<unknown>('text', 'image', 'multi-image', 'video', 'chisel', '', 'x')),
    sound: maybe(fc.constantFrom<unknown>('on', 'off', ' ON')),
    generate_audio: maybe(fc.boolean()),
    created_at: maybe(instant),
    charged_usd: maybe(fc.oneof(cents, fc.constantFrom<unknown>('x', -1, 0.5, '$1,000.00', ''))),
    final_unit_deduction: maybe(fc.constantFrom<unknown>(4, '6', 3.5, 'x', 12, 0)),
  },
  { requiredKeys: ['model_name'] },
);

describe('re-pricing in SQL, a property', () => {
  it('answers random envelopes as --jsonl does, across card versions, both ways', async () => {
    const set = versioned();
    await fc.assert(
      fc.asyncProperty(fc.array(envelope, { minLength: 1, maxLength: 300 }), fc.boolean(), async (envs, honor) => {
        const lines = envs.map((e) => JSON.stringify(e));
        expect(await agreement(set, lines, { honorResolution: honor, asOf: '2026-12-01' }, 3)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});
