import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN, parsePlanUrl, toPlanSearch } from './plan-link';
import { planLinkDraft } from './plan-draft';

describe('the Plan state in the URL', () => {
  it('round-trips', () => {
    const state = {
      ...DEFAULT_PLAN,
      budgetUsd: '1234.5',
      against: 'vendor' as const,
      thresholds: ['60', '80'],
      clipsPerMonth: 777,
      horizonDays: 30 as const,
      generationSeconds: 90,
    };
    expect(parsePlanUrl(toPlanSearch(state))).toEqual({ state, ignored: [] });
  });

  it('starts from the default plan', () => {
    expect(parsePlanUrl('').state).toEqual(DEFAULT_PLAN);
  });

  it('drops what is invalid and names it', () => {
    const line = encodeURIComponent('label=X&count=-1&priority=2&model=kling-v3');
    const { state, ignored } = parsePlanUrl(
      `?budget=-5&against=both&alerts=50,abc&days=45&gen=0&clips=2000000&l=${line}`,
    );
    expect(state.budgetUsd).toBe(DEFAULT_PLAN.budgetUsd);
    expect(state.lines).toHaveLength(1);
    expect(state.lines[0]).toMatchObject({ label: 'X', count: 1, priority: 2 });
    expect(ignored).toEqual([
      'line 1: count ("-1"): 1 is used',
      'budget ("-5")',
      'against ("both")',
      'alerts ("50,abc")',
      'clips ("2000000")',
      'days ("45")',
      'gen ("0")',
    ]);
  });

  it('says what a line without a priority or a count uses, never "(null)"', () => {
    const { state, ignored } = parsePlanUrl(`?l=${encodeURIComponent('label=Y&model=kling-v3')}`);
    expect(state.lines[0]).toMatchObject({ label: 'Y', count: 1, priority: 1 });
    expect(ignored).toEqual(['line 1: count missing: 1 is used, priority missing: 1 is used']);
  });
});

describe('an old Plan link opened as an estimate', () => {
  it('keeps its lines, counts, priorities and budget, and names the one-clip planner it drops', () => {
    const line = encodeURIComponent('label=Hero&count=20&priority=3&model=kling-v3&mode=pro&duration=10');
    const opened = planLinkDraft(`?budget=150&against=vendor&alerts=50,90&l=${line}&pc=model%3Dkling-v3&clips=5000`);
    expect(opened?.draft.lines.map((l) => [l.name, l.count, l.priority, l.kind === 'clip' && l.values.mode])).toEqual([
      ['Hero', '20', '3', 'pro'],
    ]);
    expect(opened?.draft.budget).toEqual({ on: true, budgetUsd: '150', against: 'vendor', alerts: '50, 90' });
    expect(opened?.ignored).toEqual([
      'the one-clip package planner (pc, clips, days): packages are now planned from all the lines',
    ]);
  });

  it('is nothing without a query', () => {
    expect(planLinkDraft('')).toBeNull();
  });
});
