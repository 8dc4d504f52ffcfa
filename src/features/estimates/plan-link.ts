/**
 * Links of the Plan screen, which Estimates replaced: its state in the URL (SPEC §4.4) was the
 * budget, what it is measured against, the alert thresholds, the planned lines (each a quote's
 * query string plus label, count and priority), and the one-clip package planner's clip, volume,
 * horizon and generation time. Read here so that an old link still opens (`plan-draft.ts`).
 */
import { DEFAULT_VALUES, type QuoteFormValues } from '../../components/request-form/quote-form-schema';
import { parseQuoteUrl } from '../../components/request-form/quote-url';
import { ignoredParam, paramReader } from '../../lib/url-params';

export interface PlanLine {
  readonly label: string;
  readonly count: number;
  readonly priority: number;
  readonly values: QuoteFormValues;
}

export interface PlanState {
  readonly budgetUsd: string;
  readonly against: 'internal' | 'vendor';
  readonly thresholds: readonly string[];
  readonly lines: readonly PlanLine[];
  readonly packageClip: QuoteFormValues;
  readonly clipsPerMonth: number;
  readonly horizonDays: 30 | 60 | 90;
  readonly generationSeconds: number;
}

export const MAX_LINES = 20;
const MONEY = /^\d{1,9}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

const DEFAULT_PLAN: PlanState = {
  budgetUsd: '150',
  against: 'internal',
  thresholds: ['50', '75', '90'],
  lines: [
    {
      label: 'Hero product showcase',
      count: 20,
      priority: 3,
      values: {
        ...DEFAULT_VALUES,
        model: 'kling-v3',
        mode: 'pro',
        duration: '10',
        resolution: '1080p',
        input: 'image',
      },
    },
    {
      label: 'Social clips',
      count: 200,
      priority: 2,
      values: { ...DEFAULT_VALUES, model: 'kling-v2-6', duration: '5' },
    },
    {
      label: 'Story segments',
      count: 40,
      priority: 1,
      values: { ...DEFAULT_VALUES, model: 'kling-video-o1', mode: 'pro', duration: '10', input: 'video' },
    },
  ],
  packageClip: { ...DEFAULT_VALUES, model: 'kling-v3', mode: 'pro', duration: '10', resolution: '1080p' },
  clipsPerMonth: 5000,
  horizonDays: 90,
  generationSeconds: 120,
};

const wholeIn = (text: string | null, min: number, max: number): number | null =>
  text !== null && /^\d{1,9}$/.test(text) && Number(text) >= min && Number(text) <= max ? Number(text) : null;

/** A line's field that is missing or not valid, and the value used instead. */
function lineField(inner: URLSearchParams, name: string, used: string): string {
  const text = inner.get(name);
  return text === null ? `${name} missing: ${used} is used` : `${ignoredParam(name, text)}: ${used} is used`;
}

export function parsePlanUrl(search: string): { state: PlanState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const read = paramReader(params, ignored);
  const lines: PlanLine[] = [];
  for (const raw of params.getAll('l').slice(0, MAX_LINES)) {
    const inner = new URLSearchParams(raw);
    const parsed = parseQuoteUrl(raw.length > 2000 ? '' : raw);
    const count = wholeIn(inner.get('count'), 0, 1_000_000);
    const priority = wholeIn(inner.get('priority'), 0, 100);
    const extra = parsed.ignored.filter((n) => !['label', 'count', 'priority'].includes(n));
    if (count === null) extra.push(lineField(inner, 'count', '1'));
    if (priority === null) extra.push(lineField(inner, 'priority', '1'));
    if (extra.length > 0) ignored.push(`line ${lines.length + 1}: ${extra.join(', ')}`);
    lines.push({
      label: (inner.get('label') ?? '').trim().slice(0, 60) || `Line ${lines.length + 1}`,
      count: count ?? 1,
      priority: priority ?? 1,
      values: parsed.values,
    });
  }
  const clip = params.get('pc');
  const clipParsed = clip === null ? null : parseQuoteUrl(clip.length > 2000 ? '' : clip);
  if (clipParsed && clipParsed.ignored.length > 0) ignored.push(`package clip: ${clipParsed.ignored.join(', ')}`);
  return {
    state: {
      budgetUsd: read('budget', (t) => (MONEY.test(t) ? t : null), DEFAULT_PLAN.budgetUsd),
      against: read('against', (t) => (t === 'internal' || t === 'vendor' ? t : null), DEFAULT_PLAN.against),
      thresholds: read(
        'alerts',
        (t) => {
          const list = t.split(',').map((v) => v.trim());
          return list.length <= 6 && list.every((v) => PERCENT.test(v) && Number(v) > 0 && Number(v) <= 100)
            ? list
            : null;
        },
        DEFAULT_PLAN.thresholds,
      ),
      lines: params.has('l') ? lines : DEFAULT_PLAN.lines,
      packageClip: clipParsed?.values ?? DEFAULT_PLAN.packageClip,
      clipsPerMonth: read('clips', (t) => wholeIn(t, 1, 1_000_000), DEFAULT_PLAN.clipsPerMonth),
      horizonDays: read(
        'days',
        (t) => (t === '30' || t === '60' || t === '90' ? (Number(t) as 30 | 60 | 90) : null),
        DEFAULT_PLAN.horizonDays,
      ),
      generationSeconds: read('gen', (t) => wholeIn(t, 1, 3600), DEFAULT_PLAN.generationSeconds),
    },
    ignored,
  };
}
