/**
 * SPEC §4.3, Explain a charge: a pasted envelope, or `{ request, response }` with the task
 * result, checked against what the engine expects: the vendor units against
 * `final_unit_deduction`, and the billed duration against `task_result.videos[].duration`.
 */
import { describeValue } from '../request/describe-value';
import { compareAmounts, quantity } from '../money/money';
import type { Quote } from './quote';

export interface TaskResult {
  readonly finalUnitDeduction: string | null;
  readonly videoDurations: readonly number[];
  readonly status: string | null;
}

export type ExplainInput =
  | { readonly ok: true; readonly envelope: unknown; readonly result: TaskResult | null }
  | { readonly ok: false; readonly error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DECIMAL = /^\d+(\.\d+)?$/;

function numberText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return String(value);
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return value.trim();
  return null;
}

/** Reads Kling's task answer, whether wrapped in `data` or not. */
export function readTaskResult(response: unknown): TaskResult | { error: string } {
  if (!isObject(response)) return { error: `response: must be a JSON object, got ${describeValue(response)}` };
  const data = isObject(response.data) ? response.data : response;
  const deduction = data.final_unit_deduction;
  const finalUnitDeduction =
    deduction === undefined || deduction === null || deduction === '' ? null : numberText(deduction);
  if (deduction !== undefined && deduction !== null && deduction !== '' && finalUnitDeduction === null) {
    return { error: `response: final_unit_deduction must be a number of units, got ${describeValue(deduction)}` };
  }
  const videos = isObject(data.task_result) && Array.isArray(data.task_result.videos) ? data.task_result.videos : [];
  const videoDurations: number[] = [];
  for (const [i, video] of videos.entries()) {
    const text = isObject(video) ? numberText(video.duration) : null;
    if (text === null)
      return {
        error:
          `response: task_result.videos[${i}].duration must be a number of seconds, ` +
          `got ${describeValue(isObject(video) ? video.duration : video)}`,
      };
    videoDurations.push(Number(text));
  }
  return { finalUnitDeduction, videoDurations, status: typeof data.task_status === 'string' ? data.task_status : null };
}

/** `{ request, response }` or a bare envelope. */
export function readExplainInput(json: unknown): ExplainInput {
  if (isObject(json) && 'request' in json && !('model_name' in json)) {
    if (!('response' in json) || json.response === null || json.response === undefined)
      return { ok: true, envelope: json.request, result: null };
    const result = readTaskResult(json.response);
    return 'error' in result ? { ok: false, error: result.error } : { ok: true, envelope: json.request, result };
  }
  return { ok: true, envelope: json, result: null };
}

export interface ResultCheck {
  readonly label: string;
  readonly expected: string;
  readonly actual: string;
  readonly matches: boolean;
  readonly explanation: string;
}

/** What the engine expected against what the task reports. */
export function checkTaskResult(quote: Quote, result: TaskResult): ResultCheck[] {
  const checks: ResultCheck[] = [];
  const used = quote.vendor.used;
  if (result.finalUnitDeduction !== null) {
    if (used.status === 'priced' && used.units !== null) {
      const matches = compareAmounts(quantity(used.units), quantity(result.finalUnitDeduction)) === 0;
      checks.push({
        label: 'Vendor units',
        expected: used.units,
        actual: result.finalUnitDeduction,
        matches,
        explanation: matches
          ? `${used.cardTitle} expects the units Kling deducted.`
          : `${used.cardTitle} expects ${used.units} units; Kling deducted ${result.finalUnitDeduction}. ` +
            'Check the mode, duration and references, or whether the card is current.',
      });
    } else {
      checks.push({
        label: 'Vendor units',
        expected: 'unknown',
        actual: result.finalUnitDeduction,
        matches: false,
        explanation:
          used.status === 'unavailable'
            ? `No expectation: ${used.reason}.`
            : `${used.cardTitle} is priced in USD, not units.`,
      });
    }
  }
  for (const [i, seconds] of result.videoDurations.entries()) {
    const billed = quote.internal.charged.billedSeconds;
    const requested = quote.request.durationSeconds;
    const matches = Math.ceil(seconds) === billed;
    checks.push({
      label: `Video ${i + 1} duration`,
      expected: `${requested} s requested, billed internally as ${billed} s`,
      actual: `${seconds} s`,
      matches,
      explanation: matches
        ? 'The returned clip bills the same whole seconds as the request.'
        : `The returned clip is ${seconds} s, which would bill ${Math.ceil(seconds)} s; ` +
          `the internal price bills the request's ${billed} s (it prices the request, not the result).`,
    });
  }
  return checks;
}
