import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../../components/request-form/quote-form-schema';
import { parsePlanUrl } from './plan-link';
import { planLinkDraft } from './plan-draft';

describe('the Plan state in the URL', () => {
  it('reads every field of a link, each line in its order', () => {
    // Values other than the form's defaults, so that a field read as the default fails.
    const hero = encodeURIComponent('label=Hero&count=20&priority=3&model=kling-video-o1&mode=pro&duration=10');
    const social = encodeURIComponent('label=Social&count=7&priority=1&model=kling-v2-6&duration=7');
    const clip = encodeURIComponent('model=kling-v2-6&duration=8');
    const lines = `l=${hero}&l=${social}`;
    const search = `?budget=1234.5&against=vendor&alerts=60,80&${lines}&pc=${clip}&clips=777&days=30&gen=90`;
    expect(parsePlanUrl(search)).toEqual({
      state: {
        budgetUsd: '1234.5',
        against: 'vendor',
        thresholds: ['60', '80'],
        lines: [
          {
            label: 'Hero',
            count: 20,
            priority: 3,
            values: { ...DEFAULT_VALUES, model: 'kling-video-o1', mode: 'pro', duration: '10' },
          },
          { label: 'Social', count: 7, priority: 1, values: { ...DEFAULT_VALUES, model: 'kling-v2-6', duration: '7' } },
        ],
        packageClip: { ...DEFAULT_VALUES, model: 'kling-v2-6', duration: '8' },
        clipsPerMonth: 777,
        horizonDays: 30,
        generationSeconds: 90,
      },
      ignored: [],
    });
  });

  it("starts from the Plan screen's example plan", () => {
    const { state } = parsePlanUrl('');
    expect(state).toMatchObject({
      budgetUsd: '150',
      against: 'internal',
      thresholds: ['50', '75', '90'],
      packageClip: { model: 'kling-v3', mode: 'pro', duration: '10', resolution: '1080p' },
      clipsPerMonth: 5000,
      horizonDays: 90,
      generationSeconds: 120,
    });
    expect(state.lines.map((l) => [l.label, l.count, l.priority, l.values.model])).toEqual([
      ['Hero product showcase', 20, 3, 'kling-v3'],
      ['Social clips', 200, 2, 'kling-v2-6'],
      ['Story segments', 40, 1, 'kling-video-o1'],
    ]);
  });

  it('drops what is invalid and names it', () => {
    const line = encodeURIComponent('label=X&count=-1&priority=2&model=kling-v3');
    const { state, ignored } = parsePlanUrl(
      `?budget=-5&against=both&alerts=50,abc&days=45&gen=0&clips=2000000&l=${line}`,
    );
    expect(state.budgetUsd).toBe('150');
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
