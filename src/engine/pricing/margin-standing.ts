/**
 * SPEC §10: where a margin stands against the margin target. A loss is any margin under zero;
 * "below target" is a margin under the target's share of our price, compared exactly (not the
 * rounded percentage: a 29.96 % margin shows as 30.0 % and is still under a 30 % target).
 */
import { compareAmounts, times, toRatio, usd } from '../money/money';

export type MarginStanding = 'ok' | 'below-target' | 'loss';

/** The target a user may set: a percentage from 0 to 99.99, up to 2 decimals. */
const TARGET = /^\d{1,2}(\.\d{1,2})?$/;
export const TARGET_RULE = 'The margin target is a percentage from 0 to 99.99, such as 30 or 27.5.';

/** The target as exact text ("30", "27.5"), or why it is not one. */
export function readTargetPct(text: string): { ok: true; pct: string } | { ok: false; error: string } {
  const t = text.trim();
  if (!TARGET.test(t)) return { ok: false, error: `${TARGET_RULE} Got ${JSON.stringify(text.slice(0, 20))}.` };
  // "07.50" → "7.5": the same target is written one way.
  const [whole, fraction = ''] = t.split('.');
  const f = fraction.replace(/0+$/, '');
  return { ok: true, pct: `${Number(whole)}${f ? `.${f}` : ''}` };
}

/**
 * `marginUsd` and `internalUsd` are decimal text (a quote's, a line's, a cell's); `targetPct`
 * one read by `readTargetPct`, or null for no target (then only a loss is marked).
 */
export function marginStanding(marginUsd: string, internalUsd: string, targetPct: string | null): MarginStanding {
  const margin = usd(marginUsd);
  if (margin.amount < 0n) return 'loss';
  if (targetPct === null) return 'ok';
  // margin < target% × internal  ⇔  margin × 100 < target × internal
  const floor = times(usd(internalUsd), toRatio(targetPct));
  return compareAmounts(times(margin, toRatio('100')), floor) < 0 ? 'below-target' : 'ok';
}
