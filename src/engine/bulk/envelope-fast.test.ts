import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, randomEnvelope } from '../../../bench/envelopes';
import { parseEnvelope } from '../request/envelope';
import { fastEnvelope, parseEnvelopeInBulk } from './envelope-fast';

/** The fast path's own answer: the fields, or null for the schema to decide. */
function fast(input: unknown) {
  let answer: ReturnType<typeof fastEnvelope> = null;
  parseEnvelope(input, {
    fastPath: (fields) => {
      answer = fastEnvelope(fields);
      return answer;
    },
  });
  return answer;
}

/** The same envelope with the fast path in front of the schema. */
const withFastPath = (input: unknown) => parseEnvelope(input, { fastPath: fastEnvelope });

/** Field values: valid ones, near misses, and anything JSON can hold. */
const value = (valid: readonly unknown[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', [], ' ', 0, -5, '5', 'x', true, {}, [null], ['']) },
    { weight: 1, arbitrary: fc.jsonValue() },
  );
const entry = fc.oneof(
  fc.string(),
  fc.constant(null),
  fc.record(
    { image: fc.jsonValue(), image_url: fc.jsonValue(), video_url: fc.jsonValue(), video: fc.jsonValue() },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);
const list = fc.oneof(
  fc.array(entry, { maxLength: 5 }),
  fc.constant(Array.from({ length: 1000 }, () => 'a')),
  fc.constant(Array.from({ length: 1001 }, () => null)),
);

const envelope = fc.record(
  {
    model_name: value(['kling-v3', ' kling-v3 ', 'kling-video-o1', 'x'.repeat(120), 'x'.repeat(121), '   ']),
    mode: value(['std', 'pro', 'STD']),
    duration: value([5, 10, '5', '10', 7.5, ' 7.5 ', 3600, 3600.5, 0, 1e-9, '1e2', '0x10', Number.NaN]),
    resolution: value(['480p', '720p', '1080p', '4k', '8k']),
    image: value(['https://e/a.png', '  ']),
    image_tail: value(['https://e/b.png']),
    image_list: fc.oneof(value([['https://e/a.png'], [{ image_url: 'https://e/a.png' }, null, '']]), list),
    video: value(['https://e/v.mp4']),
    video_url: value(['https://e/v.mp4']),
    video_list: fc.oneof(value([[{ video_url: 'https://e/v.mp4' }], ['', null]]), list),
    input_type: value(['text', 'image', 'multi-image', 'video', 'chisel', 'audio']),
    sound: value(['on', 'off', ' ON ']),
    generate_audio: value([true, false]),
    prompt: fc.string(),
  },
  { requiredKeys: [] },
);

const ODD = ['inherit', 'hide', 'getter', 'null-prototype'] as const;

/** `own` with the fields of `other` inherited, hidden, computed, or without a prototype (as in the test above). */
function oddObject(own: object, other: object, how: (typeof ODD)[number]): object {
  if (how === 'inherit') return Object.assign(Object.create(other) as object, own);
  if (how === 'null-prototype') return Object.assign(Object.create(null) as object, own);
  const input = { ...own };
  for (const [key, v] of Object.entries(other)) {
    Object.defineProperty(
      input,
      key,
      how === 'hide' ? { value: v, enumerable: false } : { get: () => v, enumerable: true },
    );
  }
  return input;
}

describe('the fast path of envelope parsing', () => {
  it('gives exactly the answer of the schema, on any envelope', () => {
    fc.assert(
      fc.property(fc.oneof(envelope, fc.jsonValue()), (input) => {
        expect(withFastPath(input)).toEqual(parseEnvelope(input));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the schema’s answer on objects JSON never makes: inherited, hidden and computed fields', () => {
    fc.assert(
      fc.property(
        envelope,
        envelope,
        fc.constantFrom('inherit', 'hide', 'getter', 'null-prototype'),
        (own, other, how) => {
          let input: object;
          if (how === 'inherit') input = Object.assign(Object.create(other) as object, own);
          else if (how === 'null-prototype') input = Object.assign(Object.create(null) as object, own);
          else {
            input = { ...own };
            for (const [key, v] of Object.entries(other)) {
              Object.defineProperty(
                input,
                key,
                how === 'hide' ? { value: v, enumerable: false } : { get: () => v, enumerable: true },
              );
            }
          }
          expect(withFastPath(input)).toEqual(parseEnvelope(input));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('parses in bulk exactly as parseEnvelope without details, on any envelope, odd objects included', () => {
    const bulk = (input: unknown) => {
      expect(parseEnvelopeInBulk(input)).toEqual(parseEnvelope(input, { details: false }));
    };
    fc.assert(fc.property(fc.oneof(envelope, fc.jsonValue()), bulk), { numRuns: 5000 });
    fc.assert(
      fc.property(envelope, envelope, fc.constantFrom(...ODD), (own, other, how) => {
        const input = oddObject(own, other, how);
        bulk(input);
      }),
      { numRuns: 2000 },
    );
    const random = createRandom(5);
    for (let i = 0; i < 2000; i += 1) bulk(randomEnvelope(random));
  });

  it('reads an envelope whose field throws as unreadable, in bulk too', () => {
    const input = Object.defineProperty({ model_name: 'kling-v3' }, 'duration', {
      get: () => {
        throw new Error('no');
      },
    });
    expect(parseEnvelopeInBulk(input)).toEqual(parseEnvelope(input));
    expect(parseEnvelopeInBulk(input).ok).toBe(false);
  });

  it('takes every well-formed envelope of the bulk benchmark, so the schema is the exception', () => {
    const random = createRandom(3);
    for (let i = 0; i < 2000; i += 1) {
      const input = randomEnvelope(random);
      expect(fast(input)).not.toBeNull();
      expect(withFastPath(input)).toEqual(parseEnvelope(input));
    }
  });

  it('leaves every invalid envelope to the schema, which words the error', () => {
    for (const input of [
      { model_name: 'kling-v3', duration: -5 },
      { model_name: 'kling-v3', duration: 5, mode: 'turbo' },
      { model_name: '  ', duration: 5 },
      { model_name: 'kling-v3', duration: 5, image: 7 },
      { model_name: 'kling-v3', duration: 5, image_list: [[]] },
      { model_name: 'kling-v3', duration: 5, video_list: 'v.mp4' },
      [],
      null,
    ]) {
      expect(fast(input)).toBeNull();
      expect(withFastPath(input).ok).toBe(false);
    }
  });
});
