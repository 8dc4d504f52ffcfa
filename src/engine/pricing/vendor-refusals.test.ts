import { describe, expect, it } from 'vitest';
import { official, priced } from '../../../test/helpers/vendor';
import type { QuoteRequest } from '../request/quote-request';
import { vendorSteps } from './vendor-steps';

describe('official units: refusals with their reasons, and notices', () => {
  it.each<[string, Partial<QuoteRequest>, RegExp]>([
    ['Omni has no audio', { model: 'kling-video-o1', audio: true }, /kling-video-o1 with audio/],
    [
      'Omni runs at most 10 s',
      { model: 'kling-video-o1', durationSeconds: 12, inputType: 'video' },
      /^12 s; Kling O1 \(Omni\), with video input runs 3–10 s$/,
    ],
    ['3.0 runs at most 15 s', { durationSeconds: 15.6 }, /^15\.6 s rounds to 16 s; Kling 3\.0 runs 3–15 s$/],
    ['15.5 s is 16 s', { durationSeconds: 15.5 }, /^15\.5 s rounds to 16 s; Kling 3\.0 runs 3–15 s$/],
    [
      '10.5 s on kling-v1 is 11 s',
      { model: 'kling-v1', durationSeconds: 10.5 },
      /^10\.5 s rounds to 11 s; Kling 1\.0 offers 5 s or 10 s$/,
    ],
    [
      'Motion Control needs a reference',
      { model: 'kling-v3-motion-control' },
      /kling-v3-motion-control with input text: it needs an image or a video reference$/,
    ],
    [
      'Motion Control 2.6 needs a reference',
      { model: 'kling-v2-6-motion-control', mode: 'pro' },
      /it needs an image or a video reference$/,
    ],
    [
      'O3 takes no audio with a video input',
      { model: 'kling-v3-omni', inputType: 'video', audio: true },
      /kling-v3-omni with audio together with a video input$/,
    ],
    ['2.6 audio is pro only', { model: 'kling-v2-6', audio: true }, /offered at 1080p, not at 720p/],
    [
      '2.5 Turbo offers 5 or 10 s',
      { model: 'kling-v2-5-turbo', durationSeconds: 12 },
      /^12 s; Kling 2\.5 Turbo offers 5 s or 10 s$/,
    ],
    [
      'per-clip models have no 11 s clip',
      { model: 'kling-v1', durationSeconds: 11 },
      /^11 s; Kling 1\.0 offers 5 s or 10 s$/,
    ],
    ['legacy models take no video input', { model: 'kling-v1', inputType: 'video' }, /with a video input/],
    [
      'Motion Control with an image reference stops at 10 s',
      { model: 'kling-v3-motion-control', durationSeconds: 30, inputType: 'image' },
      /^30 s; Kling 3\.0 Motion Control, image reference runs 1–10 s$/,
    ],
    ['an unknown model', { model: 'some-future-model' }, /no price for model some-future-model/],
    ['Omni has no 4k', { model: 'kling-video-o1', resolution: '4k' }, /not at 4k/],
  ])('unavailable, with the reason: %s', (_why, overrides, reason) => {
    const q = official(overrides);
    expect(q.status).toBe('unavailable');
    if (q.status === 'unavailable') expect(q.reason).toMatch(reason);
  });

  it('notes a duration the vendor adjusts', () => {
    expect(priced(official({ model: 'kling-v1', durationSeconds: 5.5 })).notices).toContainEqual({
      code: 'vendor-duration-adjusted',
      severity: 'warning',
      message: 'Kling 1.0 offers 5 s or 10 s: 6 s is billed as the next offered duration up, 10 s',
    });
    expect(priced(official({ model: 'kling-v1', durationSeconds: 5.2 })).notices.map((n) => n.code)).not.toContain(
      'vendor-duration-adjusted',
    );
    expect(priced(official({ durationSeconds: 2 })).notices.map((n) => n.code)).toContain('vendor-duration-adjusted');
    expect(priced(official({ durationSeconds: 5 })).notices.map((n) => n.code)).not.toContain(
      'vendor-duration-adjusted',
    );
  });

  it('shows every step: seconds, rate, units and unit price', () => {
    const q = priced(official({ model: 'kling-video-o1', mode: 'pro', durationSeconds: 10 }));
    expect(vendorSteps(q).map((s) => [s.key, s.value])).toEqual([
      ['seconds', '10'],
      ['rate', '0.8'],
      ['units', '8'],
      ['unit-price', '0.14'],
    ]);
    expect(q.card).toEqual({ id: 'kling-official-units', version: '2026-09-20' });
  });
});
