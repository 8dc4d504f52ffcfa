import { describe, expect, it } from 'vitest';
import type { VendorRow } from '../cards/rate-card-vendor';
import { vendorSeconds } from './vendor-duration';

const range: VendorRow = {
  basis: 'per-second',
  id: 'r',
  label: 'A range row',
  models: ['m'],
  rates: { '720p': '1' },
  durations: { min: 3, max: 15 },
};
const options: VendorRow = { ...range, durations: { options: [10, 5] } };
const perClip: VendorRow = {
  basis: 'per-clip',
  id: 'c',
  label: 'A per-clip row',
  models: ['m'],
  clips: [
    { seconds: 5, amount: '1' },
    { seconds: 10, amount: '2' },
  ],
};

// Expected seconds are written by hand: the nearest whole second, half up, then the offer.
describe('vendor seconds (SPEC §3.2): one rule for every row', () => {
  it.each<[string, VendorRow, number, number, boolean]>([
    ['range, 4.5 s → 5 s', range, 4.5, 5, false],
    ['range, 5.5 s → 6 s', range, 5.5, 6, false],
    ['range, 10.5 s → 11 s', range, 10.5, 11, false],
    ['range, 5.4 s → 5 s', range, 5.4, 5, false],
    ['range, 15.4 s → 15 s', range, 15.4, 15, false],
    ['range, 2.4 s → 2 s, below the minimum: 3 s', range, 2.4, 3, true],
    ['options, 4.5 s → 5 s', options, 4.5, 5, false],
    ['options, 5.5 s → 6 s, not offered: 10 s', options, 5.5, 10, true],
    ['options, 4.4 s → 4 s, not offered: 5 s', options, 4.4, 5, true],
    ['options, 10.4 s → 10 s', options, 10.4, 10, false],
    ['per clip, 4.5 s → 5 s', perClip, 4.5, 5, false],
    ['per clip, 5.2 s → 5 s', perClip, 5.2, 5, false],
    ['per clip, 5.5 s → 6 s, not offered: 10 s', perClip, 5.5, 10, true],
    ['per clip, 0.49 s → 0 s, not offered: 5 s', perClip, 0.49, 5, true],
  ])('%s', (_why, row, requested, seconds, adjusted) => {
    const answer = vendorSeconds(row, requested, 'Model X');
    expect(answer.ok && { seconds: answer.seconds, adjusted: answer.adjustment !== null }).toEqual({
      seconds,
      adjusted,
    });
  });

  it.each<[string, VendorRow, number, string]>([
    ['range, 10.5 s is fine but 15.5 s is 16 s', range, 15.5, '15.5 s rounds to 16 s; Model X runs 3–15 s'],
    ['range, a whole 16 s', range, 16, '16 s; Model X runs 3–15 s'],
    ['options, 10.5 s is 11 s', options, 10.5, '10.5 s rounds to 11 s; Model X offers 5 s or 10 s'],
    ['per clip, 10.5 s is 11 s', perClip, 10.5, '10.5 s rounds to 11 s; Model X offers 5 s or 10 s'],
  ])('refuses, naming both durations: %s', (_why, row, requested, reason) => {
    expect(vendorSeconds(row, requested, 'Model X')).toEqual({ ok: false, reason });
  });

  it('says why in the adjustment', () => {
    expect(vendorSeconds(range, 1.6, 'Model X')).toEqual({
      ok: true,
      seconds: 3,
      adjustment: 'Model X runs 3–15 s: 2 s is billed as its shortest, 3 s',
    });
  });
});
