/**
 * SPEC §4.5: what changed between two versions of a card, field by field (what that does to
 * a sample price is `samplePrice`, in pricing).
 */
import { describeValue } from '../request/describe-value';
import { formatIssuePath } from '../request/issue-path';
import type { RateCard } from './rate-card';

export interface CardChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

function walk(a: unknown, b: unknown, path: Array<string | number>, out: CardChange[]) {
  if (out.length >= 500) return;
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys =
      Array.isArray(a) && Array.isArray(b)
        ? [...Array(Math.max(a.length, b.length)).keys()]
        : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys)
      walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push({
      path: formatIssuePath(path) || '(the card)',
      before: a === undefined ? '(absent)' : describeValue(a),
      after: b === undefined ? '(absent)' : describeValue(b),
    });
  }
}

export function diffCards(before: RateCard, after: RateCard): CardChange[] {
  const out: CardChange[] = [];
  walk(before, after, [], out);
  return out;
}
