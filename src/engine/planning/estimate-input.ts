/**
 * The one reader of an estimate (SPEC §9): JSON text or a parsed value → what pricing needs, or
 * every problem, each naming its field (`lines[1].request.duration: …`). Never throws.
 */
import { parseEnvelope } from '../request/envelope';
import { formatIssuePath } from '../request/issue-path';
import type { QuoteRequest } from '../request/quote-request';
import { toDecimalString, toRatio } from '../money/money';
import type { EstimateBudgetOptions } from './estimate-budget';
import {
  DEFAULT_ALERT_THRESHOLDS,
  DEFAULT_ESTIMATE_PACKAGE,
  DEFAULT_GENERATION_SECONDS,
  EstimateFileSchema,
  type EstimateFile,
  type EstimateFileLine,
  type EstimateFileRequest,
} from './estimate-schema';

/** The longest estimate text read: far more than 100 lines need, far less than a stray file. */
export const MAX_ESTIMATE_CHARS = 1_000_000;

export type EstimateLineInput =
  | {
      readonly kind: 'clip';
      readonly name: string;
      readonly clipsPerMonth: number;
      readonly request: QuoteRequest;
    }
  | {
      readonly kind: 'service';
      readonly name: string;
      readonly serviceId: string;
      readonly countPerMonth: number;
      readonly durationSeconds: number | undefined;
    };

export interface EstimateInput {
  readonly customer: string;
  readonly months: number;
  /** Percent off our price, as exact decimal text ("10", "12.5"). */
  readonly discountPct: string;
  /** `cheapest`, `list` or a package id. */
  readonly package: string;
  readonly lines: readonly EstimateLineInput[];
  readonly generationSeconds: number;
  /** A monthly budget to plan the lines against (seed 004); null: none. */
  readonly budget: EstimateBudgetOptions | null;
}

/** One problem: where (`lines[0].clips_per_month`, or "" for the whole file) and what. */
export interface EstimateIssue {
  readonly path: string;
  readonly message: string;
}

export type ParsedEstimate =
  | { readonly ok: true; readonly estimate: EstimateInput }
  | { readonly ok: false; readonly issues: readonly EstimateIssue[] };

/** An issue as one line of text: `path: message`. */
export function formatEstimateIssue(issue: EstimateIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** The envelope's names for the request's fields, and back (for the paths of its errors). */
const ENVELOPE_NAMES: Record<string, string> = { model_name: 'model', input_type: 'input' };

function toEnvelope(r: EstimateFileRequest): Record<string, unknown> {
  return {
    model_name: r.model,
    mode: r.mode,
    duration: r.duration,
    resolution: r.resolution,
    input_type: r.input,
    ...(r.audio ? { sound: 'on' } : {}),
  };
}

function readLine(line: EstimateFileLine, at: string): EstimateLineInput | EstimateIssue {
  if (line.service !== undefined) {
    return {
      kind: 'service',
      name: line.name,
      serviceId: line.service,
      countPerMonth: line.count_per_month ?? 0,
      durationSeconds: line.duration,
    };
  }
  // The schema has required both on a clip line.
  if (!line.request) return { path: `${at}.request`, message: 'is required on a clip line' };
  const parsed = parseEnvelope(toEnvelope(line.request), { details: false });
  if (!parsed.ok) {
    const [field, ...rest] = parsed.field.split(/(?=[.[])/);
    const name = (ENVELOPE_NAMES[field] ?? field) + rest.join('');
    const message = parsed.field ? parsed.error.slice(parsed.field.length + 2) : parsed.error;
    return { path: `${at}.request${name ? `.${name}` : ''}`, message };
  }
  return { kind: 'clip', name: line.name, clipsPerMonth: line.clips_per_month ?? 0, request: parsed.request };
}

export type ReadEstimateFile =
  | { readonly ok: true; readonly file: EstimateFile }
  | { readonly ok: false; readonly issues: readonly EstimateIssue[] };

/** Checks a parsed JSON value against the estimate file's schema: the file as written, or every problem. */
export function readEstimateFile(input: unknown): ReadEstimateFile {
  let result;
  try {
    result = EstimateFileSchema.safeParse(input);
  } catch {
    return { ok: false, issues: [{ path: '', message: 'the estimate could not be read (too deeply nested?)' }] };
  }
  if (!result.success) {
    // An unknown field is named in the path, as a typo is found: `lines[0].request.resolutoin`.
    const issues = result.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((key) => ({ path: formatIssuePath([...i.path, key]), message: 'is not a field of an estimate' }))
        : [{ path: formatIssuePath(i.path), message: i.message }],
    );
    return { ok: false, issues };
  }
  return { ok: true, file: result.data };
}

/** Reads an estimate from a parsed JSON value (a file, the screen's form, a link). */
export function parseEstimate(input: unknown): ParsedEstimate {
  const read = readEstimateFile(input);
  if (!read.ok) return read;
  const file = read.file;
  const lines: EstimateLineInput[] = [];
  const issues: EstimateIssue[] = [];
  file.lines.forEach((line, i) => {
    const read = readLine(line, `lines[${i}]`);
    if ('kind' in read) lines.push(read);
    else issues.push(read);
  });
  if (issues.length > 0) return { ok: false, issues };
  const discount = file.discount_pct ?? '0';
  return {
    ok: true,
    estimate: {
      customer: file.customer,
      months: file.months,
      discountPct: toDecimalString(toRatio(typeof discount === 'number' ? String(discount) : discount.trim())),
      package: file.package ?? DEFAULT_ESTIMATE_PACKAGE,
      lines,
      generationSeconds: file.generation_seconds ?? DEFAULT_GENERATION_SECONDS,
      budget: file.budget
        ? {
            budgetUsd: file.budget.budget_usd,
            against: file.budget.against ?? 'customer',
            thresholdsPct: file.budget.alerts_pct ?? DEFAULT_ALERT_THRESHOLDS,
            // Unnumbered lines keep the file's order: its first line first.
            priorities: file.lines.map((l, i) => l.priority ?? file.lines.length - i),
          }
        : null,
    },
  };
}

/** Reads an estimate from JSON text: too long, not JSON, or not an estimate, each said plainly. */
export function parseEstimateText(text: string): ParsedEstimate {
  if (text.length > MAX_ESTIMATE_CHARS) {
    const size = `${text.length.toLocaleString('en-US')} characters`;
    const most = MAX_ESTIMATE_CHARS.toLocaleString('en-US');
    return { ok: false, issues: [{ path: '', message: `the estimate is ${size}; the most read is ${most}` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `the estimate is not valid JSON: ${why}` }] };
  }
  return parseEstimate(value);
}
