/** Seed 004's budget on an estimate's lines: what fits by priority, and alerts said once. */
import { describe, expect, it } from 'vitest';
import { clip, estimateFile, estimateOf, problemsOf, service } from '../../../test/helpers/estimates';
import { toEstimateRecord } from './estimate-record';
import { estimateBudget } from './estimate-budget';

const v3 = { model: 'kling-v3', duration: 5 }; // $0.33, 3 units
// $1.56, 12 units
const hero = { model: 'kling-v3', mode: 'pro', duration: 10, resolution: '1080p', input: 'image', audio: true };

const estimate = estimateOf(
  estimateFile([clip('Hero', 100, hero), clip('Social', 1000, v3), service('Lip-sync', 'lip-sync', 50, 5)], {
    discount_pct: '10',
    package: 'list',
  }),
);
const planned = (b: ReturnType<typeof estimateBudget>) => b.byPriority.lines.map((l) => [l.label, l.planned]);

describe('a budget on an estimate’s lines', () => {
  it('fits the first line first against the customer’s price, and skips what no longer fits', () => {
    // Hero: 100 × $1.404 = $140.40; Social: $0.297 a clip → 200 more fit in $59.60.
    const b = estimateBudget(estimate, { budgetUsd: '200', against: 'customer' });
    expect(planned(b)).toEqual([
      ['Hero', 100],
      ['Social', 200],
      ['Lip-sync', 0],
    ]);
    expect(b.byPriority.lines[2].note).toBe('not planned: no internal price (set one with an override)');
    expect(b.byPriority.spentUsd).toBe('199.80');
  });

  it('follows the priorities given, one per line', () => {
    const b = estimateBudget(estimate, { budgetUsd: '200', against: 'internal', priorities: [1, 5, 3] });
    // Social first: 1,000 × $0.33 = $330 is over the budget: 606 fit; nothing is left for the hero.
    expect(planned(b)).toEqual([
      ['Hero', 0],
      ['Social', 606],
      ['Lip-sync', 0],
    ]);
  });

  it('measures the vendor cost at the estimate’s unit price, services included', () => {
    const b = estimateBudget(estimate, { budgetUsd: '1000', against: 'vendor' });
    // 12 units × $0.14 = $1.68; 3 × $0.14 = $0.42; a 5 s lip-sync is 0.5 units: $0.07.
    expect(b.byPriority.lines.map((l) => l.costUsd)).toEqual(['1.68', '0.42', '0.07']);
    expect(b.byPriority.spentUsd).toBe('591.50');
    expect(b.mostClips.clips).toBe(1150);
  });

  it('says the alerts reached together in one message, not one each', () => {
    const b = estimateBudget(estimate, { budgetUsd: '600', against: 'vendor', thresholdsPct: ['50', '80', '100'] });
    expect(b.alerts.map((a) => a.thresholdPct)).toEqual(['50', '80']);
    expect(b.alert).toBe('Spent $591.50: past the 50% and 80% alerts of $600.00 (98.6% used).');
    const all = estimateBudget(estimate, {
      budgetUsd: '591.50',
      against: 'vendor',
      thresholdsPct: ['50', '80', '100'],
    });
    expect(all.alert).toBe('Spent $591.50: past the 50%, 80% and 100% alerts of $591.50 (100.0% used).');
    expect(estimateBudget(estimate, { budgetUsd: '5000', against: 'vendor' }).alert).toBeNull();
  });

  it('words one alert in the singular', () => {
    // $591.50 of $1000 reaches the default 50 % alert only.
    const b = estimateBudget(estimate, { budgetUsd: '1000', against: 'vendor' });
    expect(b.alerts.map((a) => a.thresholdPct)).toEqual(['50']);
    expect(b.alert).toBe('Spent $591.50: past the 50% alert of $1000.00 (59.2% used).');
  });

  it('costs a clip at the cheapest mix’s effective price, to 6 decimals', () => {
    const cheapest = estimateOf(estimateFile([clip('Hero', 5000, hero)], { months: 3 }));
    // 180,000 units: 3 × package 3 = $20,160: $0.112 a unit, 12 units a clip.
    const b = estimateBudget(cheapest, { budgetUsd: '1344', against: 'vendor' });
    expect(b.byPriority.lines[0]).toMatchObject({ costUsd: '1.344', planned: 1000 });
  });
});

describe('a budget written in the estimate file', () => {
  const lines = [
    { ...clip('Hero', 100, hero), priority: 1 },
    { ...clip('Social', 1000, v3), priority: 5 },
  ];
  const withBudget = estimateOf(
    estimateFile(lines, { package: 'list', budget: { budget_usd: '200', against: 'internal' } }),
  );

  it('is planned by the priorities of its lines, as the budget function plans it', () => {
    const direct = estimateBudget(withBudget, { budgetUsd: '200', against: 'internal', priorities: [1, 5] });
    expect(withBudget.budget).toEqual(direct);
    expect(planned(direct)).toEqual([
      ['Hero', 0],
      ['Social', 606],
    ]);
  });

  it('appears in the record with its alerts said once', () => {
    const r = toEstimateRecord(withBudget).budget;
    expect(r).toMatchObject({
      budget_usd: '200.00',
      against: 'internal',
      alerts_pct: ['50', '75', '90'],
      alerts_reached_pct: ['50', '75', '90'],
      alert: 'Spent $199.98: past the 50%, 75% and 90% alerts of $200.00 (100.0% used).',
    });
    expect(r?.by_priority.lines[1]).toEqual({
      name: 'Social',
      requested: 1000,
      planned: 606,
      cost_usd_each: '0.33',
      total_usd: '199.98',
      note: '394 skipped: no more fit in what is left',
    });
  });

  it('is absent from the record, and null, without one', () => {
    expect(estimate.budget).toBeNull();
    expect('budget' in toEstimateRecord(estimate)).toBe(false);
  });

  it('names a bad budget or priority by its field', () => {
    expect(problemsOf(estimateFile(lines, { budget: { budget_usd: '-5' } }))).toEqual([
      'budget.budget_usd: must be an amount in USD with at most 2 decimals, such as "10000" or "1250.50", got "-5"',
    ]);
    expect(problemsOf(estimateFile([{ ...clip('Hero', 1, v3), priority: 101 }]))).toEqual([
      'lines[0].priority: must be a whole number from 0 to 100 (higher is planned first), got 101',
    ]);
    expect(problemsOf(estimateFile(lines, { budget: { budget_usd: '5', alerts_pct: ['0'] } }))[0]).toMatch(
      /^budget.alerts_pct: must be a list of up to 6 percentages/,
    );
  });
});
