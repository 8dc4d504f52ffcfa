import { describe, expect, it } from 'vitest';
import { parseEnvelope, type NormalizedEnvelope } from './envelope';

function ok(envelope: unknown): NormalizedEnvelope {
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) throw new Error(`expected a request, got: ${parsed.error}`);
  return parsed;
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

  it('does not call the charge fields ignored: they are read beside the envelope', () => {
    const parsed = ok({ ...base, prompt: 'p', charged_usd: '0.33', final_unit_deduction: 3, created_at: '2026-11-25' });
    expect(parsed.ignoredFields).toEqual(['prompt']);
  });

  it('trims the model name', () => {
    expect(ok({ ...base, model_name: '  kling-v3 ' }).request.model).toBe('kling-v3');
  });
});
