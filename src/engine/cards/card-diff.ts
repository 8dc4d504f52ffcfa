/**
 * SPEC §4.5: what changed between two versions of a card, field by field (what that does to
 * a sample price is `samplePrice`, in pricing).
 */
import { describeValue } from '../request/describe-value';
import type { RateCard } from './rate-card';

export interface CardChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A list of entries with ids (a vendor card's rows), by id: matched so, a row added or moved
 * is one change, not a change to every row after it. Null when the entries have no unique ids.
 */
function byId(list: readonly unknown[]): Map<string, unknown> | null {
  const entries = list.map((v) => (isObj(v) && typeof v.id === 'string' ? ([v.id, v] as const) : null));
  if (entries.some((e) => e === null)) return null;
  const map = new Map(entries as Array<readonly [string, unknown]>);
  return map.size === list.length ? map : null;
}

function walk(a: unknown, b: unknown, path: string, out: CardChange[]) {
  if (out.length >= 500) return;
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      const ids = [byId(a), byId(b)];
      if (ids[0] && ids[1]) {
        for (const id of new Set([...ids[0].keys(), ...ids[1].keys()]))
          walk(ids[0].get(id), ids[1].get(id), `${path}[${id}]`, out);
        return;
      }
      for (let i = 0; i < Math.max(a.length, b.length); i += 1) walk(a[i], b[i], `${path}[${i}]`, out);
      return;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      walk(a[key], b[key], path === '' ? key : `${path}.${key}`, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push({
      path: path || '(the card)',
      before: a === undefined ? '(absent)' : describeValue(a),
      after: b === undefined ? '(absent)' : describeValue(b),
    });
  }
}

export function diffCards(before: RateCard, after: RateCard): CardChange[] {
  const out: CardChange[] = [];
  walk(before, after, '', out);
  return out;
}
