/**
 * SPEC §9: the packages for every line's units together over the period, checked against an
 * independent brute-force search (test/helpers/package-brute-force.ts) on the shipped packages
 * and on a fixture card whose packages last 60 days.
 */
import { describe, expect, it } from 'vitest';
import { cardSetWith, cardVersion } from '../../../test/helpers/card-fixtures';
import { clip, estimateFile, recordOf, service, shipped } from '../../../test/helpers/estimates';
import { bruteForcePackages, hundredths } from '../../../test/helpers/package-brute-force';
import { cardsInForce, packagesFor, type CardSet } from '..';
import type { EstimateRecord } from './estimate-record';

const hero = { model: 'kling-v3', mode: 'pro', duration: 10, resolution: '1080p', input: 'image', audio: true };
const social = { model: 'kling-v3', duration: 5 };
const turbo = { model: 'kling-v2-5-turbo', duration: 5 }; // 1.5 units a clip

/** Kling units a month of the lines bought in packages, in hundredths. */
const packagedPerMonth = (r: EstimateRecord): bigint =>
  r.lines
    .filter((l) => l.vendor_priced_at === 'package')
    .reduce((n, l) => n + hundredths(l.vendor_units_per_month ?? '0'), 0n);

function expectBruteForce(r: EstimateRecord, set: CardSet) {
  const packages = packagesFor(set, 'kling-unit').map((o) => o.pkg);
  const best = bruteForcePackages(packagedPerMonth(r), r.months, packages);
  expect(hundredths(r.packages_usd)).toBe(best.cents);
  expect(hundredths(r.units_bought)).toBe(best.bought);
  // The mix listed is what is paid for and bought.
  expect(r.packages.reduce((c, p) => c + BigInt(p.count) * hundredths(p.price_usd), 0n)).toBe(best.cents);
  expect(r.packages.reduce((n, p) => n + BigInt(p.count * p.units) * 100n, 0n)).toBe(best.bought);
  expect(hundredths(r.units_forfeited)).toBe(best.bought - packagedPerMonth(r) * BigInt(r.months));
}

const mixed = [
  clip('Hero showcase', 5000, hero),
  clip('Social clips', 20000, social),
  clip('Drafts', 333, turbo),
  service('Lip-sync', 'lip-sync', 1000, 12),
  service('Voice', 'text-to-audio', 777, 5),
  service('Extensions', 'video-extension-pro', 90),
  service('Thumbnails', 'kolors-text-to-image', 3000),
];

describe('packages for clips and services together, against brute force', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 12])('%i months of clips and services', (months) => {
    const r = recordOf(estimateFile(mixed, { months }));
    expect(r.units_used).toBe(String(122508.75 * months));
    expectBruteForce(r, shipped);
  });

  it.each([
    [1, [1]],
    [3, [3]],
    [4, [3, 1]],
    [12, [3, 3, 3, 3]],
  ])('%i months are planned in 90-day windows %j, each bought at its start', (months, spans) => {
    const r = recordOf(estimateFile(mixed, { months }));
    expect(r.package_windows.map((w) => w.months)).toEqual(spans);
    expect(r.package_windows.map((w) => w.from_month)).toEqual(spans.map((_, i) => 1 + 3 * i));
  });

  it('buys a trial only in the first window, where it serves the first month', () => {
    // 80,194.25 units a month: over 3 months a trial saves a whole block of 15,000 units.
    const lines = [
      clip('Social', 20000, { ...social, resolution: '1080p' }),
      service('Voice', 'text-to-audio', 777, 5),
    ];
    const r = recordOf(estimateFile(lines, { months: 4 }));
    expect(r.package_windows.map((w) => w.packages.map((p) => `${p.count}×${p.id}`))).toEqual([
      ['1×trial-1000', '4×package-3'],
      ['1×package-1', '1×package-3'],
    ]);
    expect(r.packages_usd).toBe('37897.99');
    expectBruteForce(r, shipped);
  });

  it('never buys a trial again for a later window, though one would be cheaper there', () => {
    // 60,500 units a month: month 4 alone would take package 3 and the 1,000-unit trial ($6,817.99).
    const lines = [clip('Hero', 5000, hero), service('Lip-sync', 'lip-sync', 1000, 5)];
    const r = recordOf(estimateFile(lines, { months: 4 }));
    expect(r.package_windows[1].packages.map((p) => `${p.count}×${p.id}`)).toEqual(['1×package-1', '1×package-2']);
    expectBruteForce(r, shipped);
  });

  it('one month can take both trials: 1,050 units', () => {
    const r = recordOf(estimateFile([clip('Few', 350, social)]));
    expect(r.packages.map((p) => `${p.count}×${p.id}`)).toEqual(['1×trial-100', '1×trial-1000']);
    expect([r.packages_usd, r.units_forfeited, r.concurrency]).toEqual(['107.78', '50', 3]);
  });

  it('cheapest: the vendor cost of the period is what the packages cost, shared by units', () => {
    const r = recordOf(estimateFile(mixed, { months: 12 }));
    const own = '504.00'; // 3,000 Kolors images × 4 units × $0.0035 × 12 months
    expect(hundredths(r.period.vendor_usd)).toBe(hundredths(r.packages_usd) + hundredths(own));
  });

  it('plans nothing when no line uses Kling units', () => {
    const r = recordOf(estimateFile([service('Try-on', 'virtual-try-on', 10)], { months: 4 }));
    expect([r.packages, r.packages_usd, r.units_bought, r.unit_price_usd, r.concurrency]).toEqual([
      [],
      '0.00',
      '0',
      null,
      null,
    ]);
  });
});

describe('concurrency and throughput', () => {
  it('runs every line’s tasks at the packages’ concurrency, and warns when a month cannot hold them', () => {
    const r = recordOf(estimateFile(mixed, { months: 3 }));
    // 5 at a time, 120 s each: 150 an hour; 30,200 tasks a month take 201.3 hours.
    expect([r.concurrency, r.throughput]).toEqual([
      5,
      { generation_seconds: 120, tasks_per_month: 30200, clips_per_hour: '150', hours_per_month: '201.3', fits: true },
    ]);
    const slow = recordOf(estimateFile(mixed, { months: 3, generation_seconds: 900 }));
    expect(slow.throughput).toMatchObject({ clips_per_hour: '20', hours_per_month: '1510', fits: false });
    expect(slow.warnings.find((w) => w.code === 'throughput')?.message).toBe(
      "30,200 tasks a month at 900 s each need 1510 hours at 5 at a time: more than a month's 720.",
    );
  });
});

describe('packages that last 60 days (a fixture card)', () => {
  const sixty = cardVersion('kling-packages.2026-11-21.json', '2026-11-25', (card) => ({
    packages: (card.packages as Array<{ purchase: Record<string, unknown> | null }>).map((p) =>
      p.purchase && !p.purchase.oncePerAccount ? { ...p, purchase: { ...p.purchase, validityDays: 60 } } : p,
    ),
  }));
  const set = cardsInForce(cardSetWith(sixty), '2026-11-30');

  it.each([1, 2, 3, 5, 12])('%i months are planned in 2-month windows, and agree with brute force', (months) => {
    const r = recordOf(estimateFile(mixed, { months }), set);
    expect(r.package_windows.every((w) => w.months <= 2)).toBe(true);
    expect(r.cards).toContain('kling-packages@2026-11-25');
    expectBruteForce(r, set);
  });
});
