/**
 * The Compare scenario and its URL (SPEC §4.2): configurations (`c`, each a quote's own
 * query string plus a `label`, and `line=off` when its line is off the chart), the volume
 * range, the scale, the assumptions, the table volumes and the figure the chart draws
 * (`metric`). Anything invalid is dropped and named.
 */
import {
  DEFAULT_ASSUMPTIONS,
  MAX_VOLUME,
  VolumeAssumptionsSchema,
  WINNER_METRICS,
  type VolumeAssumptions,
  type WinnerMetric,
} from '../../engine';
import type { QuoteFormValues } from '../../components/request-form/quote-form-schema';
import { parseQuoteUrl, toQuoteSearch } from '../../components/request-form/quote-url';
import { PRESETS } from './presets';
import { ignoredParam, paramReader } from '../../lib/url-params';

export interface Configuration {
  readonly label: string;
  readonly values: QuoteFormValues;
  /** True when its line is switched off on the chart (its figures stay in the tables). */
  readonly hidden?: boolean;
}

export interface CompareScenario {
  readonly configs: readonly Configuration[];
  readonly minVolume: number;
  readonly maxVolume: number;
  readonly scale: 'linear' | 'log';
  readonly assumptions: VolumeAssumptions;
  readonly tableVolumes: readonly number[];
  /** What the chart draws: our price, the vendor cost or the margin. */
  readonly metric: WinnerMetric;
}

export const MAX_CONFIGS = 6;
export const MAX_TABLE_VOLUMES = 8;

const volume = (text: string | null): number | null => {
  if (text === null || !/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_VOLUME ? n : null;
};

export function parseCompareUrl(search: string): { scenario: CompareScenario; ignored: string[] } {
  const params = new URLSearchParams(search);
  const base = PRESETS[0].scenario;
  const ignored: string[] = [];
  const configs: Configuration[] = [];
  for (const raw of params.getAll('c').slice(0, MAX_CONFIGS)) {
    if (raw.length > 2000) ignored.push(`configuration ${configs.length + 1} (too long; defaults used)`);
    const parsed = parseQuoteUrl(raw.length > 2000 ? '' : raw);
    const own = new URLSearchParams(raw);
    const label = (own.get('label') ?? '').trim().slice(0, 60);
    const extra = parsed.ignored.filter((name) => name !== 'label' && name !== 'line');
    const line = own.get('line');
    if (line !== null && line !== 'off') extra.push(ignoredParam('line', line));
    if (extra.length > 0) ignored.push(`configuration ${configs.length + 1}: ${extra.join(', ')}`);
    configs.push({
      label: label || `Configuration ${configs.length + 1}`,
      values: parsed.values,
      ...(line === 'off' ? { hidden: true } : {}),
    });
  }
  if (params.getAll('c').length > MAX_CONFIGS) ignored.push(`configurations past the ${MAX_CONFIGS}th`);
  const read = paramReader(params, ignored);
  let minVolume = read('min', volume, base.minVolume);
  let maxVolume = read('max', volume, base.maxVolume);
  if (minVolume >= maxVolume) {
    if (params.has('min') || params.has('max')) ignored.push('min/max (min must be below max)');
    [minVolume, maxVolume] = [base.minVolume, base.maxVolume];
  }
  const assumptions = {
    acceptancePct: read(
      'accept',
      (t) => (VolumeAssumptionsSchema.shape.acceptancePct.safeParse(t).success ? t : null),
      DEFAULT_ASSUMPTIONS.acceptancePct,
    ),
    failurePct: read(
      'fail',
      (t) => (VolumeAssumptionsSchema.shape.failurePct.safeParse(t).success ? t : null),
      DEFAULT_ASSUMPTIONS.failurePct,
    ),
    chargeFailedTasks: read(
      'chargeFailed',
      (t) => (t === '1' ? true : t === '0' ? false : null),
      DEFAULT_ASSUMPTIONS.chargeFailedTasks,
    ),
  };
  const tableVolumes = read(
    'at',
    (t) => {
      const list = t.split(',').map((v) => volume(v.trim()));
      return list.length <= MAX_TABLE_VOLUMES && list.every((v) => v !== null)
        ? [...new Set(list as number[])].sort((a, b) => a - b)
        : null;
    },
    base.tableVolumes,
  );
  return {
    scenario: {
      configs: configs.length > 0 ? configs : base.configs,
      minVolume,
      maxVolume,
      scale: read('scale', (t) => (t === 'linear' || t === 'log' ? t : null), base.scale),
      assumptions,
      tableVolumes,
      metric: read('metric', (t) => WINNER_METRICS.find((m) => m === t) ?? null, base.metric),
    },
    ignored,
  };
}

export function toCompareSearch(s: CompareScenario): string {
  const params = new URLSearchParams();
  for (const c of s.configs) {
    const line = c.hidden ? '&line=off' : '';
    params.append('c', `${new URLSearchParams({ label: c.label })}${line}&${toQuoteSearch(c.values).slice(1)}`);
  }
  params.set('min', String(s.minVolume));
  params.set('max', String(s.maxVolume));
  params.set('scale', s.scale);
  params.set('accept', s.assumptions.acceptancePct);
  params.set('fail', s.assumptions.failurePct);
  if (s.assumptions.chargeFailedTasks) params.set('chargeFailed', '1');
  params.set('at', s.tableVolumes.join(','));
  params.set('metric', s.metric);
  return `?${params.toString()}`;
}
