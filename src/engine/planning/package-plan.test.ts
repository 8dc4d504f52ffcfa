import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { packagesFor } from '../cards/card-set';
import { quantity } from '../money/money';
import { cheapestPackageMix, type PackageMix } from './package-plan';

const packages = packagesFor(cards, 'kling-unit').map((o) => o.pkg);

function ok(mix: PackageMix) {
  if (!mix.ok) throw new Error(mix.reason);
  return mix;
}

const summary = (mix: PackageMix) => {
  const m = ok(mix);
  return { items: m.items.map((i) => `${i.count}×${i.packageId}`), total: m.totalUsd, expiring: m.unitsExpiring };
};

describe('the cheapest package mix (seed 003)', () => {
  it.each<[string, number, string[], string, string]>([
    ['50 units in 30 days: the small trial', 30, ['1×trial-100'], '9.79', '50'],
    ['900 units in 30 days: the large trial', 30, ['1×trial-1000'], '97.99', '100'],
    ['1,050 units in 30 days: both trials', 30, ['1×trial-100', '1×trial-1000'], '107.78', '50'],
    ['30,000 units in 90 days: package 1, the trials would expire unused', 90, ['1×package-1'], '4200.00', '0'],
    ['45,000 units: package 2 beats 3 and 1+1', 90, ['1×package-2'], '5670.00', '0'],
    ['50,000 units: package 3', 90, ['1×package-3'], '6720.00', '10000'],
    ['60,900 units in 30 days: package 3 plus the large trial', 30, ['1×trial-1000', '1×package-3'], '6817.99', '100'],
    ['120,000 units: two of package 3', 90, ['2×package-3'], '13440.00', '0'],
  ])('%s', (_why, days, items, total, expiring) => {
    const units = Number(/^([\d,]+) units/.exec(_why)?.[1].replace(/,/g, ''));
    expect(summary(cheapestPackageMix(quantity(String(units)), days, packages))).toEqual({ items, total, expiring });
  });

  it('counts trial units past their 30 days as expiring', () => {
    // 90 units over 90 days: the trial serves only the first 30 days (30 units).
    const mix = ok(cheapestPackageMix(quantity('90'), 90, packages));
    expect(mix.items.map((i) => i.packageId)).toEqual(['package-1']);
    expect(mix.unitsExpiring).toBe('29910');
  });

  it('reports the effective unit price and the concurrency of the highest package', () => {
    const mix = ok(cheapestPackageMix(quantity('60900'), 30, packages));
    expect(mix.effectiveUnitPriceUsd).toBe('0.111954');
    expect(mix.concurrency).toBe(5);
    expect(ok(cheapestPackageMix(quantity('500'), 30, packages)).concurrency).toBe(3);
  });

  it('accepts fractional units (9.6 units a clip)', () => {
    expect(summary(cheapestPackageMix(quantity('96.0'), 30, packages))).toEqual({
      items: ['1×trial-100'],
      total: '9.79',
      expiring: '4',
    });
  });

  it('is the cheapest, against brute force on small cases', () => {
    const scaled = packages.map((p) =>
      p.purchase
        ? {
            ...p,
            purchase: {
              ...p.purchase,
              units: p.purchase.units / 15000 >= 1 ? p.purchase.units / 1000 : p.purchase.units / 100,
            },
          }
        : p,
    );
    // Sizes become 1, 10 (trials) and 30, 45, 60 (packages): small enough to enumerate.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.constantFrom(30, 60, 90), (need, days) => {
        const mix = ok(cheapestPackageMix(quantity(String(need)), days, scaled));
        let best = Infinity;
        for (const t1 of [0, 1])
          for (const t2 of [0, 1])
            for (let a = 0; a <= 7; a += 1)
              for (let b = 0; b <= 5; b += 1)
                for (let c = 0; c <= 4; c += 1) {
                  const trialUnits = t1 * 1 + t2 * 10;
                  const usable = Math.min(trialUnits, t1 + t2 > 0 ? (need * Math.min(30, days)) / days : 0);
                  if (usable + a * 30 + b * 45 + c * 60 < need - 1e-9) continue;
                  best = Math.min(best, t1 * 979 + t2 * 9799 + a * 420000 + b * 567000 + c * 672000);
                }
        expect(Math.round(Number(mix.totalUsd) * 100)).toBe(best);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses nothing to buy', () => {
    expect(cheapestPackageMix(quantity('0'), 30, packages)).toEqual({ ok: false, reason: 'no units are needed' });
  });
});

describe('throughput under the concurrency limit', () => {
  it('runs 5 tasks of 120 s at 150 clips an hour', async () => {
    const { throughput } = await import('./throughput');
    expect(throughput(5, 120, 30_000, 30)).toEqual({ clipsPerHour: 150, hoursNeeded: 200, fits: true });
    expect(throughput(3, 300, 30_000, 30)).toMatchObject({ clipsPerHour: 36, fits: false });
  });
});
