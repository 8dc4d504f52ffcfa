/**
 * SPEC §10's margin target: a margin under it, and every negative margin, is marked. The test
 * is exact, on the amounts and not on a rounded percentage: (internal − vendor) ÷ internal × 100
 * ≥ target, read as (internal − vendor) × 100 ≥ target × internal, so a 29.96 % margin (shown as
 * "30.0") is still under a 30 % target.
 */
import { compareAmounts, minus, times, toRatio, usd, wholeRatio, type Money } from '../money/money';

/** ok: at or above the target; below-target: under it but not negative; loss: margin < 0. */
export type MarginStanding = 'ok' | 'below-target' | 'loss';

/** What a target must be: decimal text from 0 (break-even) to 99.99. */
export const MARGIN_TARGET_RULE = 'must be a margin percentage from 0 to 99.99, such as "30"';

/** Whether `text` is a target: "0", "30", "12.5", "99.99"; not "-5", "100", "1e2" or "30%". */
export function isMarginTarget(text: string): boolean {
  return /^\d{1,2}(\.\d{1,2})?$/.test(text);
}

/** Whether the margin of `internal` over `vendor` is at least `targetPct` percent of `internal`. */
export function meetsTarget(internal: Money, vendor: Money, targetPct: string): boolean {
  const margin = minus(internal, vendor);
  return compareAmounts(times(margin, wholeRatio(100)), times(internal, toRatio(targetPct))) >= 0;
}

/** The mark a margin gets against the target (`targetPct` as `isMarginTarget` allows). */
export function marginStanding(internal: Money, vendor: Money, targetPct: string): MarginStanding {
  if (compareAmounts(internal, vendor) < 0) return 'loss';
  return meetsTarget(internal, vendor, targetPct) ? 'ok' : 'below-target';
}

/**
 * The same mark for a margin shown on a screen, as decimal text: `marginUsd` of `ofUsd` (our price,
 * or the customer's after a discount); with no target (null) only a loss is marked.
 */
export function marginStandingOf(marginUsd: string, ofUsd: string, targetPct: string | null): MarginStanding {
  const margin = usd(marginUsd);
  if (margin.amount < 0n) return 'loss';
  if (targetPct === null) return 'ok';
  const of = usd(ofUsd);
  return meetsTarget(of, minus(of, margin), targetPct) ? 'ok' : 'below-target';
}

/** A target as typed, written one way ("07.50" → "7.5"), or why it is not one, in words for people. */
export function readTargetPct(text: string): { ok: true; pct: string } | { ok: false; error: string } {
  const t = text.trim();
  if (!isMarginTarget(t))
    return { ok: false, error: `The margin target ${MARGIN_TARGET_RULE}, got ${JSON.stringify(text.slice(0, 20))}.` };
  const [whole, fraction = ''] = t.split('.');
  const f = fraction.replace(/0+$/, '');
  return { ok: true, pct: `${Number(whole)}${f ? `.${f}` : ''}` };
}
