import { describe, expect, it } from 'vitest';
import { official, priced } from '../../../test/helpers/vendor';
import type { QuoteRequest } from '../request/quote-request';

describe('official units at list price ($0.14)', () => {
  // [why, request, units, usd, billed seconds]
  it.each<[string, Partial<QuoteRequest>, string, string, number]>([
    [
      'seed 000: 10 s Omni in pro without video deducts 8',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 10 },
      '8',
      '1.12',
      10,
    ],
    [
      'the same with a first-frame image',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 10, resolution: '1080p', inputType: 'image' },
      '8',
      '1.12',
      10,
    ],
    [
      'seed 000 payload: 8 s pro with a video',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 8, inputType: 'video' },
      '9.6',
      '1.344',
      8,
    ],
    ['Omni std with a video: 0.9/s', { model: 'kling-video-o1', inputType: 'video' }, '4.5', '0.63', 5],
    [
      'Omni 7 s from two frames: 3–10 s range',
      { model: 'kling-video-o1', durationSeconds: 7, inputType: 'multi-image' },
      '4.2',
      '0.588',
      7,
    ],
    ['Omni text at 7 s: only 5 or 10, next up', { model: 'kling-video-o1', durationSeconds: 7 }, '6', '0.84', 10],
    ['3.0 std silent', {}, '3', '0.42', 5],
    ['3.0 pro with audio', { mode: 'pro', durationSeconds: 10, audio: true }, '12', '1.68', 10],
    ['3.0 at 4k', { resolution: '4k' }, '15', '2.10', 5],
    ['3.0 std asked at 1080p bills the 1080p tier', { resolution: '1080p' }, '4', '0.56', 5],
    ['3.0 below its 3 s minimum bills 3 s', { durationSeconds: 2 }, '1.8', '0.252', 3],
    ['5.4 s bills 5 s (nearest second)', { durationSeconds: 5.4 }, '3', '0.42', 5],
    ['5.5 s bills 6 s (half up)', { durationSeconds: 5.5 }, '3.6', '0.504', 6],
    ['15.4 s bills 15 s', { durationSeconds: 15.4 }, '9', '1.26', 15],
    [
      'O3 pro with audio, no video',
      { model: 'kling-v3-omni', mode: 'pro', durationSeconds: 10, audio: true },
      '10',
      '1.40',
      10,
    ],
    ['O3 with a video input', { model: 'kling-v3-omni', inputType: 'video' }, '4.5', '0.63', 5],
    ['2.6 pro with audio', { model: 'kling-v2-6', mode: 'pro', audio: true }, '5', '0.70', 5],
    ['2.5 Turbo std', { model: 'kling-v2-5-turbo' }, '1.5', '0.21', 5],
    [
      'Motion Control 3.0, 30 s video reference at 1080p',
      { model: 'kling-v3-motion-control', mode: 'pro', durationSeconds: 30, inputType: 'video' },
      '36',
      '5.04',
      30,
    ],
    ['seed 003: V1.0 std 5 s', { model: 'kling-v1' }, '1', '0.14', 5],
    ['seed 003: V1.0 std 10 s', { model: 'kling-v1', durationSeconds: 10 }, '2', '0.28', 10],
    ['seed 003: V1.0 pro 5 s', { model: 'kling-v1', mode: 'pro' }, '3.5', '0.49', 5],
    ['seed 003: V1.0 pro 10 s', { model: 'kling-v1', mode: 'pro', durationSeconds: 10 }, '7', '0.98', 10],
    ['seed 003: V1.6 std 5 s', { model: 'kling-v1-6', inputType: 'image' }, '2', '0.28', 5],
    ['seed 003: V2.1 std 10 s', { model: 'kling-v2-1', durationSeconds: 10 }, '4', '0.56', 10],
    [
      'seed 003: V1.6 multi-image pro 10 s',
      { model: 'kling-v1-6', mode: 'pro', durationSeconds: 10, inputType: 'multi-image' },
      '7',
      '0.98',
      10,
    ],
    ['seed 003: V2.0 Master 5 s', { model: 'kling-v2-master' }, '10', '1.40', 5],
    ['seed 003: V2.1 Master 10 s', { model: 'kling-v2-1-master', mode: 'pro', durationSeconds: 10 }, '20', '2.80', 10],
    ['seed 003: multi-elements std 10 s', { model: 'kling-v1-6-multi-elements', durationSeconds: 10 }, '6', '0.84', 10],
    ['seed 003: multi-elements pro 5 s', { model: 'kling-v1-6-multi-elements', mode: 'pro' }, '5', '0.70', 5],
    ['per clip: 5.2 s rounds to 5 s, the 5 s clip', { model: 'kling-v1', durationSeconds: 5.2 }, '1', '0.14', 5],
    ['per clip: 5.5 s rounds to 6 s, the 10 s clip', { model: 'kling-v1', durationSeconds: 5.5 }, '2', '0.28', 10],
    ['per clip: 10.4 s rounds to 10 s', { model: 'kling-v1-6', durationSeconds: 10.4 }, '4', '0.56', 10],
    ['kling-v1-6 std 5.4 s is the 5 s clip', { model: 'kling-v1-6', durationSeconds: 5.4 }, '2', '0.28', 5],
    ['kling-v1-6 std 5.2 s is the 5 s clip', { model: 'kling-v1-6', durationSeconds: 5.2 }, '2', '0.28', 5],
    ['kling-v1-6 std 5.5 s is the 10 s clip', { model: 'kling-v1-6', durationSeconds: 5.5 }, '4', '0.56', 10],
    ['Omni text 4.5 s rounds to 5 s', { model: 'kling-video-o1', durationSeconds: 4.5 }, '3', '0.42', 5],
    ['2.6 at 10.4 s is the 10 s option', { model: 'kling-v2-6', durationSeconds: 10.4 }, '3', '0.42', 10],
    [
      'Motion Control, 0.4 s rounds to 0 s: its shortest, 1 s',
      { model: 'kling-v3-motion-control', durationSeconds: 0.4, inputType: 'image' },
      '0.9',
      '0.126',
      1,
    ],
    [
      'Motion Control, several images are an image reference',
      { model: 'kling-v3-motion-control', inputType: 'multi-image' },
      '4.5',
      '0.63',
      5,
    ],
    ['per clip: 3 s is priced at 5 s', { model: 'kling-v1', durationSeconds: 3 }, '1', '0.14', 5],
  ])('%s', (_why, overrides, units, usdText, seconds) => {
    const q = priced(official(overrides));
    expect([q.units, q.usd, q.billedSeconds]).toEqual([units, usdText, seconds]);
    expect(q.unitPrice).toMatchObject({ packageId: 'list', usd: '0.14' });
  });
});
