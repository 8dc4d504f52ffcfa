/**
 * SPEC §4.3, Explain a charge: Kling's task answer (read by `readExplainInput`) checked
 * against what the engine expects: the vendor units against `final_unit_deduction`, and the
 * billed duration against `task_result.videos[].duration`.
 */
import { compareAmounts, quantity } from '../money/money';
import type { Quote } from './quote';

interface TaskResult {
  readonly finalUnitDeduction: string | null;
  readonly videoDurations: readonly number[];
  readonly status: string | null;
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
