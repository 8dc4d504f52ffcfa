import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { quote } from '../pricing/quote';
import { costAtVolume, DEFAULT_ASSUMPTIONS, type VolumeCost } from './volume';
import { volumeWinners } from './volume-winner';

/** A configuration's figures at one volume, as costAtVolume gives them (only the amounts matter here). */
function at(internalUsd: string, vendorUsd: string | null, marginUsd: string | null = null): VolumeCost {
  return {
    keptClips: 1000,
    generatedClips: 1000,
    tasks: 1000,
    failedTasks: 0,
    internalUsd,
    vendorUsd,
    marginUsd,
    marginPct: null,
    internalPerKeptUsd: '0',
    vendorPerKeptUsd: null,
  };
}

describe('who wins at one volume', () => {
  it('names the cheapest and how much cheaper it is than the next, exactly', () => {
    const costs = [at('1560.00', '1500.00', '60.00'), at('1200.00', '1250.00', '-50.00'), at('1300.10', null)];
    expect(volumeWinners(costs)).toEqual({
      internal: {
        metric: 'internal',
        best: [1],
        bestUsd: '1200.00',
        next: [2],
        nextUsd: '1300.10',
        differenceUsd: '100.10',
        unpriced: [],
      },
      vendor: {
        metric: 'vendor',
        best: [1],
        bestUsd: '1250.00',
        next: [0],
        nextUsd: '1500.00',
        differenceUsd: '250.00',
        unpriced: [2],
      },
      margin: {
        metric: 'margin',
        best: [0],
        bestUsd: '60.00',
        next: [1],
        nextUsd: '-50.00',
        differenceUsd: '110.00',
        unpriced: [2],
      },
    });
  });

  it('keeps every digit past the cent: a difference below a cent is not a tie', () => {
    const w = volumeWinners([at('97.99', '97.9900'), at('97.99', '97.9879')]).vendor;
    expect([w.best, w.next, w.differenceUsd]).toEqual([[1], [0], '0.0021']);
  });

  it('reports a tie for the best as several winners, and the next after them', () => {
    const w = volumeWinners([at('150.00', null), at('120.0', null), at('156.00', null), at('120.00', null)]).internal;
    expect([w.best, w.bestUsd, w.next, w.nextUsd, w.differenceUsd]).toEqual([[1, 3], '120.0', [0], '150.00', '30.00']);
  });

  it('has no next and no difference when every figure ties', () => {
    const w = volumeWinners([at('125.00', '125.00'), at('125', '125.000')]).vendor;
    expect([w.best, w.next, w.nextUsd, w.differenceUsd]).toEqual([[0, 1], [], null, null]);
  });

  it('ties for the next place are all named', () => {
    const w = volumeWinners([at('1', null, '-5.00'), at('1', null, '-6.00'), at('1', null, '-6.00')]).margin;
    expect([w.best, w.next, w.differenceUsd]).toEqual([[0], [1, 2], '1.00']);
  });

  it('leaves out a configuration that could not be priced, and names it', () => {
    const costs = [null, at('10.00', null), at('12.00', '8.00', '4.00')];
    const w = volumeWinners(costs);
    expect([w.internal.best, w.internal.next, w.internal.differenceUsd, w.internal.unpriced]).toEqual([
      [1],
      [2],
      '2.00',
      [0],
    ]);
    // Only one vendor cost: it is the best, with nothing to beat.
    expect([w.vendor.best, w.vendor.bestUsd, w.vendor.next, w.vendor.differenceUsd, w.vendor.unpriced]).toEqual([
      [2],
      '8.00',
      [],
      null,
      [0, 1],
    ]);
  });

  it('has no winner when nothing could be priced', () => {
    expect(volumeWinners([null, at('1.00', null)]).margin).toEqual({
      metric: 'margin',
      best: [],
      bestUsd: null,
      next: [],
      nextUsd: null,
      differenceUsd: null,
      unpriced: [0, 1],
    });
    expect(volumeWinners([]).internal.best).toEqual([]);
  });

  it("says O3 is $250.00 cheaper than 3.0 at the vendor for seed 002's 1,000 clips", () => {
    const priced = ['kling-v3-omni', 'kling-v3'].map((model) => {
      const r = quote(
        { model, mode: 'pro', durationSeconds: 10, resolution: '1080p', inputType: 'text', audio: true },
        cards,
        { vendorCardId: 'seed-002-usd' },
      );
      if (!r.ok) throw new Error(r.error);
      return costAtVolume(r.quote, 1000, DEFAULT_ASSUMPTIONS);
    });
    const w = volumeWinners(priced);
    expect([w.vendor.best, w.vendor.bestUsd, w.vendor.differenceUsd]).toEqual([[0], '1250.00', '250.00']);
    expect([w.internal.best, w.internal.differenceUsd]).toEqual([[0], '360.00']);
    expect([w.margin.best, w.margin.bestUsd, w.margin.differenceUsd]).toEqual([[1], '60.00', '110.00']);
  });
});
