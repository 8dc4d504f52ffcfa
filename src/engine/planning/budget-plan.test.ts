import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetPlans, type PlannedLine } from './budget-plan';
import { usd } from '../money/money';

const line = (id: string, cost: string | null, count: number, priority: number): PlannedLine => ({
  id,
  label: id,
  cost: cost === null ? null : usd(cost),
  count,
  priority,
  unpricedReason: cost === null ? 'vendor cost unavailable' : undefined,
});

/** The alerts when one clip costing `spent` is planned on `budgetUsd`: the spend is `spent` when it fits, else 0. */
const alertsAt = (spent: string, budgetUsd: string, thresholdsPct: readonly string[]) =>
  budgetPlans([line('spend', spent, 1, 1)], budgetUsd, thresholdsPct).alerts;

describe('plan by priority (seed 004)', () => {
  it('takes the highest priority first and skips what no longer fits', () => {
    const plan = budgetPlans(
      [line('cheap', '0.50', 10, 1), line('hero', '4.00', 2, 5), line('mid', '1.00', 3, 3)],
      '10',
      [],
    ).byPriority;
    // hero (priority 5) takes $8; mid (3) fits 2 of 3 in the $2 left; cheap (1) fits none.
    expect(plan.lines.map((l) => [l.id, l.planned, l.totalUsd])).toEqual([
      ['cheap', 0, '0.00'],
      ['hero', 2, '8.00'],
      ['mid', 2, '2.00'],
    ]);
    expect([plan.clips, plan.spentUsd, plan.remainingUsd, plan.utilizationPct]).toEqual([4, '10.00', '0.00', '100.0']);
    expect(plan.lines[0].note).toBe('10 skipped: none fits in what is left');
    expect(plan.lines[2].note).toBe('1 skipped: no more fit in what is left');
  });

  it('never plans an unpriced line and says why', () => {
    const plan = budgetPlans([line('x', null, 5, 9)], '100', []).byPriority;
    expect(plan.lines[0]).toMatchObject({ planned: 0, note: 'not planned: vendor cost unavailable' });
  });
});

describe('plan for the most clips', () => {
  it('fits more clips than the priority plan when priorities favour expensive clips', () => {
    const plans = budgetPlans([line('cheap', '0.50', 10, 1), line('hero', '4.00', 2, 5)], '10', []);
    expect(plans.mostClips.clips).toBe(11);
    expect(plans.byPriority.clips).toBe(6);
  });

  it('is never beaten by any other choice (brute force on small cases)', () => {
    const lineArb = fc.record({
      cost: fc.integer({ min: 1, max: 500 }),
      count: fc.integer({ min: 0, max: 3 }),
      priority: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1500 }),
        (specs, budgetCents) => {
          const lines = specs.map((s, i) => line(`l${i}`, (s.cost / 100).toFixed(2), s.count, s.priority));
          const best = budgetPlans(lines, (budgetCents / 100).toFixed(2), []).mostClips;
          let bruteBest = 0;
          const choose = (i: number, spent: number, clips: number) => {
            if (spent > budgetCents) return;
            if (i === specs.length) {
              bruteBest = Math.max(bruteBest, clips);
              return;
            }
            for (let n = 0; n <= specs[i].count; n += 1) choose(i + 1, spent + n * specs[i].cost, clips + n);
          };
          choose(0, 0, 0);
          expect(best.clips).toBe(bruteBest);
          expect(Number(best.spentUsd) * 100).toBeLessThanOrEqual(budgetCents + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('budget alerts', () => {
  it.each([
    ['49.99', []],
    ['50.00', ['50']],
    ['80.00', ['50', '75']],
    ['95.00', ['50', '75', '90']],
  ])('at $%s of $100', (spent, thresholds) => {
    expect(alertsAt(spent, '100', ['90', '50', '75']).map((a) => a.thresholdPct)).toEqual(thresholds);
  });

  it('says how much is used, with editable thresholds', () => {
    expect(alertsAt('62.5', '100', ['60'])).toEqual([
      { thresholdPct: '60', message: 'Budget alert: 62.5% of the $100.00 budget used (threshold 60%).' },
    ]);
  });

  it('raises none on a zero budget, even at a 0 % threshold', () => {
    expect(alertsAt('5', '0', ['0'])).toEqual([]);
  });
});
