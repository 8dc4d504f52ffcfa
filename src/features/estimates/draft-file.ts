/**
 * The estimate file (SPEC §9) a draft says, and the draft of a file. The file is the estimate
 * everywhere: the link, a saved estimate, an export, and `--estimate`. The engine's schema reads
 * it and names each problem by its path (`lines[1].clips_per_month`), shown beside that field.
 */
import {
  DEFAULT_ALERT_THRESHOLDS,
  DEFAULT_GENERATION_SECONDS,
  DEFAULT_VENDOR_CARD_ID,
  type EstimateFile,
  type EstimateFileLine,
} from '../../engine';
import { DEFAULT_VALUES } from '../../components/request-form/quote-form-schema';
import { newLineKey, OFF_BUDGET, type EstimateDraft, type LineDraft } from './estimate-draft';

/** A whole number as a JSON number; anything else as typed, so the schema names it ("got \"abc\""). */
function whole(text: string): number | string {
  const t = text.trim();
  return /^\d{1,15}$/.test(t) ? Number(t) : t;
}

/** A number of seconds as a JSON number when it reads back exactly; else as text (checked as an envelope is). */
function seconds(text: string): number | string {
  const t = text.trim();
  return /^\d+(\.\d+)?$/.test(t) && String(Number(t)) === t ? Number(t) : t;
}

function lineFile(line: LineDraft, budgetOn: boolean): Record<string, unknown> {
  const priority = budgetOn ? { priority: whole(line.priority) } : {};
  if (line.kind === 'service') {
    return {
      name: line.name,
      service: line.service,
      count_per_month: whole(line.count),
      ...(line.duration.trim() === '' ? {} : { duration: seconds(line.duration) }),
      ...priority,
    };
  }
  const v = line.values;
  return {
    name: line.name,
    clips_per_month: whole(line.count),
    request: {
      model: v.model.trim(),
      mode: v.mode,
      duration: seconds(v.duration),
      resolution: v.resolution,
      input: v.input,
      audio: v.audio,
    },
    ...priority,
  };
}

const alertList = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

/** The estimate file the form says, as JSON-ready data; not yet checked (the engine's schema does that). */
export function draftToFile(d: EstimateDraft): Record<string, unknown> {
  const generation = whole(d.generationSeconds);
  return {
    customer: d.customer,
    months: whole(d.months),
    discount_pct: d.discountPct.trim() === '' ? '0' : d.discountPct.trim(),
    package: d.package,
    lines: d.lines.map((l) => lineFile(l, d.budget.on)),
    ...(generation === DEFAULT_GENERATION_SECONDS ? {} : { generation_seconds: generation }),
    ...(d.budget.on
      ? {
          budget: {
            budget_usd: d.budget.budgetUsd.trim(),
            against: d.budget.against,
            alerts_pct: alertList(d.budget.alerts),
          },
        }
      : {}),
  };
}

function lineDraft(line: EstimateFileLine, i: number, count: number): LineDraft {
  const base = {
    key: newLineKey(),
    name: line.name,
    count: String(line.clips_per_month ?? line.count_per_month ?? 0),
    priority: String(line.priority ?? count - i),
  };
  if (line.service !== undefined)
    return {
      ...base,
      kind: 'service',
      service: line.service,
      duration: line.duration === undefined ? '' : String(line.duration),
    };
  const r = line.request;
  return {
    ...base,
    kind: 'clip',
    values: {
      ...DEFAULT_VALUES,
      model: r?.model ?? DEFAULT_VALUES.model,
      mode: r?.mode ?? 'std',
      duration: String(r?.duration ?? DEFAULT_VALUES.duration),
      resolution: r?.resolution ?? '720p',
      input: r?.input ?? 'text',
      audio: r?.audio ?? false,
      vendor: DEFAULT_VENDOR_CARD_ID,
      package: 'list',
    },
  };
}

/** The form for an estimate file read by the engine's schema (a link, a saved estimate, an import). */
export function fileToDraft(file: EstimateFile): EstimateDraft {
  const b = file.budget;
  return {
    customer: file.customer,
    months: String(file.months),
    discountPct: String(file.discount_pct ?? '0'),
    package: file.package ?? 'list',
    generationSeconds: String(file.generation_seconds ?? DEFAULT_GENERATION_SECONDS),
    lines: file.lines.map((l, i) => lineDraft(l, i, file.lines.length)),
    budget: b
      ? {
          on: true,
          budgetUsd: b.budget_usd,
          against: b.against ?? 'customer',
          alerts: (b.alerts_pct ?? DEFAULT_ALERT_THRESHOLDS).join(', '),
        }
      : OFF_BUDGET,
  };
}
