import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnvelope, type NormalizedEnvelope } from './envelope';

function ok(envelope: unknown): NormalizedEnvelope {
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) throw new Error(`expected a request, got: ${parsed.error}`);
  return parsed;
}

function error(envelope: unknown): string {
  const parsed = parseEnvelope(envelope);
  if (parsed.ok) throw new Error('expected an error');
  return parsed.error;
}

const base = { model_name: 'kling-v3', duration: 5 };

describe('input-type derivation (SPEC §2.1)', () => {
  it.each<[string, Record<string, unknown>, string, number]>([
    ['rule 1: explicit input_type wins, even over a video', { input_type: 'chisel', video: 'v.mp4' }, 'chisel', 1],
    ['rule 1: explicit text with stills', { input_type: 'text', image: 'a.png', image_tail: 'b.png' }, 'text', 1],
    ['rule 2: a video wins over a still (seed 000)', { image: 'a.png', video: 'v.mp4' }, 'video', 2],
    ['rule 2: video_url', { video_url: 'v.mp4' }, 'video', 2],
    [
      'rule 2: video_list with Omni refer_type',
      { video_list: [{ video_url: 'v.mp4', refer_type: 'base' }] },
      'video',
      2,
    ],
    ['rule 2 before 3: video, image and image_tail', { video: 'v.mp4', image: 'a.png', image_tail: 'b' }, 'video', 2],
    ['rule 2 before 3: video_url, image_list of 2', { video_url: 'v.mp4', image_list: ['a.png', 'b.png'] }, 'video', 2],
    ['rule 3: image + image_tail are two stills', { image: 'a.png', image_tail: 'b.png' }, 'multi-image', 3],
    ['rule 3: image_list of strings', { image_list: ['a.png', 'b.png', 'c.png'] }, 'multi-image', 3],
    [
      'rule 3: Omni first and end frames',
      {
        image_list: [
          { image_url: 'a', type: 'first_frame' },
          { image_url: 'b', type: 'end_frame' },
        ],
      },
      'multi-image',
      3,
    ],
    ['rule 3: image plus one in image_list', { image: 'a.png', image_list: [{ image: 'b.png' }] }, 'multi-image', 3],
    ['rule 4: one still', { image: 'a.png' }, 'image', 4],
    ['rule 4: one still in image_list', { image_list: [{ image: 'a.png' }] }, 'image', 4],
    [
      'rule 4: empty entries of image_list do not count',
      { image_list: [{ image: 'a.png' }, { image: '' }, null, ''] },
      'image',
      4,
    ],
    ['rule 5: no references', { prompt: 'a cat' }, 'text', 5],
    [
      'rule 5: empty strings, null and empty lists are absent',
      { image: '', image_tail: null, image_list: [], video: '', video_list: [] },
      'text',
      5,
    ],
    ['rule 5: a null input_type is absent', { input_type: null }, 'text', 5],
  ])('%s', (_why, fields, inputType, rule) => {
    const parsed = ok({ ...base, ...fields });
    expect(parsed.request.inputType).toBe(inputType);
    expect(parsed.derivation.rule).toBe(rule);
  });

  it('says why in words', () => {
    expect(ok({ ...base, image: 'a.png', video: 'v.mp4' }).derivation.reason).toBe(
      'has a source video → video, even with 1 still',
    );
    expect(ok({ ...base, image: 'a.png', image_tail: 'b.png' }).derivation.reason).toBe('2 stills → multi-image');
    const both = ok({ ...base, video_list: [{ video_url: 'v' }], image_list: ['a.png', { image_url: 'b' }] });
    expect(both.derivation.reason).toBe('has a source video → video, even with 2 stills');
  });
});

describe('normalization', () => {
  it('applies Kling defaults: std and 720p', () => {
    const parsed = ok(base);
    expect(parsed.request).toEqual({
      model: 'kling-v3',
      mode: 'std',
      durationSeconds: 5,
      resolution: '720p',
      inputType: 'text',
      audio: false,
    });
    expect(parsed.defaulted).toEqual(['mode', 'resolution']);
  });

  it.each([
    [{ duration: '5' }, 5],
    [{ duration: '10' }, 10],
    [{ duration: ' 7.5 ' }, 7.5],
    [{ duration: 0.1 }, 0.1],
    [{ duration: '.5' }, 0.5],
    [{ duration: '5.' }, 5],
    [{ duration: 3600 }, 3600],
  ])('accepts duration %j', (fields, seconds) => {
    expect(ok({ ...base, ...fields }).request.durationSeconds).toBe(seconds);
  });

  it.each([
    [{ sound: 'on' }, 'sound'],
    [{ generateAudio: true }, 'generateAudio'],
    [{ generate_audio: true }, 'generate_audio'],
  ])('reads audio from %j', (fields, from) => {
    const parsed = ok({ ...base, ...fields });
    expect(parsed.request.audio).toBe(true);
    expect(parsed.audioFrom).toBe(from);
  });

  it.each([[{ sound: 'off' }], [{ generateAudio: false }], [{ generate_audio: 'yes' }], [{}]])(
    'no audio for %j',
    (fields) => {
      expect(ok({ ...base, ...fields }).request.audio).toBe(false);
    },
  );

  it('keeps and ignores unknown fields', () => {
    const parsed = ok({ ...base, prompt: 'p', cfg_scale: 0.5, aspect_ratio: '16:9', callback_url: 'https://x' });
    expect(parsed.ignoredFields).toEqual(['prompt', 'cfg_scale', 'aspect_ratio', 'callback_url']);
  });

  it('trims the model name', () => {
    expect(ok({ ...base, model_name: '  kling-v3 ' }).request.model).toBe('kling-v3');
  });
});

describe('bad envelopes name the field and the value', () => {
  it.each<[unknown, string]>([
    [{ ...base, duration: -5 }, 'duration: must be a number of seconds > 0 and ≤ 3600, got -5'],
    [{ ...base, duration: 0 }, 'duration: must be a number of seconds > 0 and ≤ 3600, got 0'],
    [{ ...base, duration: 'ten' }, 'duration: must be a number of seconds > 0 and ≤ 3600, got "ten"'],
    [{ ...base, duration: '1e2' }, 'duration: must be a number of seconds > 0 and ≤ 3600, got "1e2"'],
    [{ ...base, duration: '0x10' }, 'duration: must be a number of seconds > 0 and ≤ 3600, got "0x10"'],
    [{ ...base, duration: 4000 }, 'duration: must be a number of seconds > 0 and ≤ 3600, got 4000'],
    [{ ...base, duration: 1e308 }, 'duration: must be a number of seconds > 0 and ≤ 3600, got 1e+308'],
    [{ ...base, duration: true }, 'duration: must be a number of seconds > 0 and ≤ 3600, got true'],
    [{ ...base, duration: [5] }, 'duration: must be a number of seconds > 0 and ≤ 3600, got [5]'],
    [{ model_name: 'kling-v3' }, 'duration: is required: must be a number of seconds > 0 and ≤ 3600'],
    [{ ...base, duration: '' }, 'duration: is required: must be a number of seconds > 0 and ≤ 3600'],
    [{ duration: 5 }, 'model_name: is required'],
    [{ ...base, model_name: '   ' }, 'model_name: is required'],
    [{ ...base, model_name: 42 }, 'model_name: must be a model name, got 42'],
    [{ ...base, model_name: 'x'.repeat(200) }, 'model_name: must be at most 120 characters'],
    [{ ...base, mode: 'ultra' }, 'mode: must be "std" or "pro", got "ultra"'],
    [{ ...base, mode: 'PRO' }, 'mode: must be "std" or "pro", got "PRO"'],
    [{ ...base, resolution: '8k' }, 'resolution: must be one of "480p", "720p", "1080p" or "4k", got "8k"'],
    [
      { ...base, input_type: 'hologram' },
      'input_type: must be one of "text", "image", "multi-image", "video" or "chisel", got "hologram"',
    ],
    [{ ...base, image: 5 }, 'image: must be a URL or base64 string, got 5'],
    [{ ...base, image_list: 'a.png' }, 'image_list: must be a list, got "a.png"'],
    [
      { ...base, image_list: ['a.png', 7] },
      'image_list[1]: each entry must be a string or an object with image or image_url, got 7',
    ],
    [
      { ...base, video_list: [true] },
      'video_list[0]: each entry must be a string or an object with video_url, got true',
    ],
    [[base], 'the envelope must be a JSON object, got [{"model_name":"kling-v3","duration":5}]'],
    ['{"model_name":"kling-v3"}', 'the envelope must be a JSON object, got "{\\"model_name\\":\\"kling-v3\\"}"'],
    [null, 'the envelope must be a JSON object, got null'],
    [undefined, 'the envelope must be a JSON object, got nothing'],
  ])('%j', (envelope, message) => {
    expect(error(envelope)).toBe(message);
  });

  it('names the field separately for screens', () => {
    const parsed = parseEnvelope({ ...base, duration: -5 });
    expect(parsed).toMatchObject({ ok: false, field: 'duration' });
  });

  it('keeps a long value short in the message', () => {
    expect(error({ ...base, duration: 'x'.repeat(10_000) }).length).toBeLessThan(160);
  });
});

describe('the parser never throws', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseEnvelope(value);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('on envelope-shaped objects with any field values', () => {
    const field = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.record({
          model_name: field,
          duration: field,
          mode: field,
          resolution: field,
          image: field,
          image_list: field,
          video_list: field,
          input_type: field,
          sound: field,
        }),
        (value) => {
          const parsed = parseEnvelope(value);
          if (parsed.ok) expect(parsed.request.durationSeconds).toBeGreaterThan(0);
          else expect(parsed.error).toMatch(/\S/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on objects whose getters throw', () => {
    const hostile = Object.defineProperty({ model_name: 'kling-v3' }, 'duration', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseEnvelope(hostile).ok).toBe(false);
  });
});

describe('bulk parsing without details', () => {
  it('gives the same request and skips the lists only a person reads', () => {
    const envelope = { model_name: 'kling-v3', duration: 5, prompt: 'p', image: 'a' };
    const full = ok(envelope);
    const bulk = parseEnvelope(envelope, { details: false });
    expect(bulk.ok && bulk.request).toEqual(full.request);
    expect(bulk.ok && [bulk.ignoredFields, bulk.defaulted]).toEqual([[], []]);
    expect(full.ignoredFields).toEqual(['prompt']);
  });
});
