import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, randomEnvelope } from '../../bench/envelopes';
import { parseEnvelope } from './envelope';
import { fastEnvelope } from './envelope-fast';

/** Field values: valid ones, near misses, and anything JSON can hold. */
const value = (valid: readonly unknown[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', [], ' ', 0, -5, '5', 'x', true, {}, [null], ['']) },
    { weight: 1, arbitrary: fc.jsonValue() },
  );
const entry = fc.oneof(fc.string(), fc.constant(null), fc.record({ image: fc.jsonValue(), image_url: fc.jsonValue(), video_url: fc.jsonValue() }, { requiredKeys: [] }), fc.jsonValue());

const envelope = fc.record(
  {
    model_name: value(['kling-v3', ' kling-v3 ', 'kling-video-o1', 'x'.repeat(120), 'x'.repeat(121), '   ']),
    mode: value(['std', 'pro', 'STD']),
    duration: value([5, 10, '5', '10', 7.5, ' 7.5 ', 3600, 3600.5, 0, 1e-9, '1e2', '0x10', Number.NaN]),
    resolution: value(['480p', '720p', '1080p', '4k', '8k']),
    image: value(['https://e/a.png', '  ']),
    image_tail: value(['https://e/b.png']),
    image_list: value([['https://e/a.png'], [{ image_url: 'https://e/a.png' }, null, ''], Array.from({ length: 1001 }, () => 'a')]),
    video: value(['https://e/v.mp4']),
    video_url: value(['https://e/v.mp4']),
    video_list: value([[{ video_url: 'https://e/v.mp4' }], ['', null]]),
    input_type: value(['text', 'image', 'multi-image', 'video', 'chisel', 'audio']),
    sound: value(['on', 'off', ' ON ']),
    generate_audio: value([true, false]),
    prompt: fc.string(),
  },
  { requiredKeys: [] },
);

describe('the fast path of envelope parsing', () => {
  it('gives exactly the answer of the schema, on any envelope', () => {
    fc.assert(
      fc.property(fc.oneof(envelope, fc.record({ list: fc.array(entry) }), fc.jsonValue()), (input) => {
        expect(parseEnvelope(input)).toEqual(parseEnvelope(input, { fastPath: false }));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes every well-formed envelope of the bulk benchmark, so the schema is the exception', () => {
    const random = createRandom(3);
    for (let i = 0; i < 2000; i += 1) {
      const input = randomEnvelope(random);
      expect(fastEnvelope(input)).not.toBeNull();
      expect(parseEnvelope(input)).toEqual(parseEnvelope(input, { fastPath: false }));
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
      expect(fastEnvelope(input)).toBeNull();
      expect(parseEnvelope(input).ok).toBe(false);
    }
  });
});
