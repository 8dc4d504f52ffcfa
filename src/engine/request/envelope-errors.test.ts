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
