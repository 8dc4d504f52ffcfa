import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { quote, type Quote, type QuoteOptions } from '../pricing/quote';
import type { QuoteRequest } from '../request/quote-request';
import { costAtVolume, DEFAULT_ASSUMPTIONS, VolumeAssumptionsSchema } from './volume';

function q(r: Partial<QuoteRequest>, options: QuoteOptions = {}): Quote {
  const result = quote(
    { model: 'kling-v3', mode: 'pro', durationSeconds: 10, resolution: '1080p', inputType: 'text', audio: true, ...r },
    cards,
    options,
  );
  if (!result.ok) throw new Error(result.error);
  return result.quote;
}

describe('cost at volume', () => {
  it("reproduces seed 002's O3 vs 3.0 table on its own card", () => {
    const o3 = q({ model: 'kling-v3-omni' }, { vendorCardId: 'seed-002-usd' });
    const v3 = q({}, { vendorCardId: 'seed-002-usd' });
    expect(
      [100, 500, 1000].map((n) => [
        costAtVolume(o3, n, DEFAULT_ASSUMPTIONS).vendorUsd,
        costAtVolume(v3, n, DEFAULT_ASSUMPTIONS).vendorUsd,
      ]),
    ).toEqual([
      ['125.00', '150.00'],
      ['625.00', '750.00'],
      ['1250.00', '1500.00'],
    ]);
  });

  it("reproduces seed 002's O1 image-to-video totals", () => {
    const o1 = q({ model: 'kling-video-o1', inputType: 'image', audio: false }, { vendorCardId: 'seed-002-usd' });
    expect([100, 500, 1000].map((n) => costAtVolume(o1, n, DEFAULT_ASSUMPTIONS).vendorUsd)).toEqual([
      '111.10',
      '555.50',
      '1111.00',
    ]);
  });

  it('sums the internal price and the margin exactly at a million clips', () => {
    const v3 = q({ audio: false, inputType: 'video' });
    const at = costAtVolume(v3, 1_000_000, DEFAULT_ASSUMPTIONS);
    expect(at).toMatchObject({
      internalUsd: '1950000.00',
      vendorUsd: '1120000.00',
      marginUsd: '830000.00',
      marginPct: '42.6',
      internalPerKeptUsd: '1.95',
    });
  });

  it('turns an acceptance rate into more clips generated, for both prices', () => {
    const v3 = q({ audio: false });
    const at = costAtVolume(v3, 1000, { ...DEFAULT_ASSUMPTIONS, acceptancePct: '80' });
    expect(at).toMatchObject({
      generatedClips: 1250,
      tasks: 1250,
      failedTasks: 0,
      internalUsd: '1950.00',
      vendorUsd: '1400.00',
      internalPerKeptUsd: '1.95',
      vendorPerKeptUsd: '1.40',
    });
  });

  it('rounds generated clips up to whole clips', () => {
    const at = costAtVolume(q({ audio: false }), 1000, { ...DEFAULT_ASSUMPTIONS, acceptancePct: '70' });
    expect(at.generatedClips).toBe(1429);
    expect(at.internalPerKeptUsd).toBe('2.2292'); // 1,429 × $1.56 / 1,000
  });

  it('charges failed tasks nowhere at the vendor, and internally only when asked', () => {
    const v3 = q({ audio: false });
    const free = costAtVolume(v3, 1000, { acceptancePct: '100', failurePct: '20', chargeFailedTasks: false });
    expect(free).toMatchObject({
      generatedClips: 1000,
      tasks: 1250,
      failedTasks: 250,
      internalUsd: '1560.00',
      vendorUsd: '1120.00',
    });
    const charged = costAtVolume(v3, 1000, { acceptancePct: '100', failurePct: '20', chargeFailedTasks: true });
    expect(charged).toMatchObject({ internalUsd: '1950.00', vendorUsd: '1120.00', marginUsd: '830.00' });
  });

  it('has no vendor figures when the vendor cost is unavailable', () => {
    const unknown = q({ model: 'some-future-model' });
    expect(costAtVolume(unknown, 10, DEFAULT_ASSUMPTIONS)).toMatchObject({
      vendorUsd: null,
      marginUsd: null,
      marginPct: null,
      internalUsd: '12.00',
    });
  });

  it.each([
    [{ acceptancePct: '0', failurePct: '0', chargeFailedTasks: false }, false],
    [{ acceptancePct: '100.5', failurePct: '0', chargeFailedTasks: false }, false],
    [{ acceptancePct: '80', failurePct: '100', chargeFailedTasks: false }, false],
    [{ acceptancePct: 'abc', failurePct: '0', chargeFailedTasks: false }, false],
    [{ acceptancePct: '92.5', failurePct: '3', chargeFailedTasks: true }, true],
  ])('validates the assumptions %j', (value, ok) => {
    expect(VolumeAssumptionsSchema.safeParse(value).success).toBe(ok);
  });
});
