/**
 * The multiplier needed (SPEC §10) against a brute-force search one cent at a time with the engine's
 * quote: on several durations, packages, targets (0 is break-even) and filters, and on a fixture
 * internal card whose clamp makes the target impossible (then null, with the reason).
 */
import { describe, expect, it } from 'vitest';
import { allMeet, bruteForceMultiplier, clampedAt, mapOf, shipped } from '../../../test/helpers/margin-map';
import type { MarginMapOptions } from './margin-map';
import { applyOverrides } from '../cards/apply-overrides';
import { NO_OVERRIDES } from '../cards/overrides-shape';

describe('the multiplier needed', () => {
  it.each<MarginMapOptions>([
    { durationSeconds: 10, targetPct: '30', resolutions: ['720p', '1080p'] },
    { durationSeconds: 5, targetPct: '0' },
    { durationSeconds: 7.5, targetPct: '45.5', audio: true, packageId: 'package-3' },
    { durationSeconds: 10, targetPct: '12.34', resolutions: ['480p'], audio: false, packageId: 'trial-1000' },
    { durationSeconds: 3, targetPct: '40', resolutions: ['480p'] },
  ])('is what a search in steps of 0.01 finds (%o)', (options) => {
    const map = mapOf(shipped, options);
    const needed = map.models.map((m) => [m.model, m.multiplierNeeded]);
    const brute = map.models.map((m) => [m.model, bruteForceMultiplier(shipped, map, m.model)]);
    expect(needed).toEqual(brute);
    expect(needed.some(([, m]) => m !== null)).toBe(true);
  });

  it('is 12.00 for kling-v3 at 10 s and 30 %, but 11.99 will do: 0.5 × 11.99 = 5.995 rounds to $6.00', () => {
    const map = mapOf(shipped, { durationSeconds: 10, targetPct: '30' });
    expect(map.models.find((m) => m.model === 'kling-v3')).toMatchObject({ multiplierNeeded: '11.99', reason: null });
    expect(allMeet(shipped, map, 'kling-v3', '11.99')).toBe(true);
    expect(allMeet(shipped, map, 'kling-v3', '11.98')).toBe(false);
  });

  it('is 0.01 when every cell meets the target at the clamp’s minimum', () => {
    // A card whose least price is $9.00: even at 0.01 every cell costs $9.00, a 53 % margin or more.
    const set = clampedAt('10.00', '9.00');
    const map = mapOf(set, { durationSeconds: 10, targetPct: '30' });
    expect(map.models.map((m) => m.multiplierNeeded)).toEqual(['0.01', '0.01', '0.01', '0.01', '0.01']);
    expect(bruteForceMultiplier(set, map, 'kling-v3')).toBe('0.01');
    expect(
      mapOf(set, { durationSeconds: 10, targetPct: '60' }).models.find((m) => m.model === 'kling-v3'),
    ).toMatchObject({
      multiplierNeeded: null,
    });
  });

  it('is null, with the reason, when the clamp stops every multiplier: the vendor costs more than the cap', () => {
    const set = clampedAt('2.00');
    const map = mapOf(set, { durationSeconds: 10, targetPct: '30' });
    const v3 = map.models.find((m) => m.model === 'kling-v3');
    expect(v3?.multiplierNeeded).toBeNull();
    expect(v3?.reason).toBe(
      'the $2.00 clamp: kling-v3 std 4k text costs $4.20 at the vendor, so even at $2.00 its margin is -110.0%, ' +
        'under the 30% target',
    );
    expect(bruteForceMultiplier(set, map, 'kling-v3')).toBeNull();
    // The others still have one, as the search finds it.
    for (const m of map.models.filter((m) => m.model !== 'kling-v3'))
      expect(m.multiplierNeeded).toBe(bruteForceMultiplier(set, map, m.model));
  });

  it('is null when the target needs more than the clamp allows, though the vendor is under it', () => {
    // 15 s of kling-v3 at 4k is 45 units, $6.30: a 50 % margin needs $12.60, above $10.00.
    const map = mapOf(shipped, { durationSeconds: 15, targetPct: '50' });
    const v3 = map.models.find((m) => m.model === 'kling-v3');
    expect(v3).toMatchObject({ multiplierNeeded: null });
    expect(v3?.reason).toBe(
      'the $10.00 clamp: kling-v3 std 4k text costs $6.30 at the vendor, so even at $10.00 its margin is 37.0%, ' +
        'under the 50% target',
    );
    const below = mapOf(shipped, { durationSeconds: 15, targetPct: '50', resolutions: ['720p', '1080p'] });
    expect(below.models.find((m) => m.model === 'kling-v3')?.multiplierNeeded).toBe(
      bruteForceMultiplier(shipped, below, 'kling-v3'),
    );
  });
});

describe('the multiplier needed on the cards as the user sees them', () => {
  it('keeps a saved vendor discount while it tries multipliers', () => {
    const set = applyOverrides(shipped, { ...NO_OVERRIDES, vendorDiscountPct: '20' });
    const map = mapOf(set, { durationSeconds: 10, targetPct: '30', resolutions: ['720p'], audio: false });
    // 20 % off the vendor: kling-v3 std 720p text costs $0.672, not $0.84.
    expect(map.cells.find((c) => c.model === 'kling-v3')).toMatchObject({ vendorUsd: '0.672' });
    const needed = map.models.map((m) => m.multiplierNeeded);
    expect(needed).toEqual(map.models.map((m) => bruteForceMultiplier(set, map, m.model)));
    expect(needed).not.toEqual(
      mapOf(shipped, { durationSeconds: 10, targetPct: '30', resolutions: ['720p'], audio: false }).models.map(
        (m) => m.multiplierNeeded,
      ),
    );
  });
});
