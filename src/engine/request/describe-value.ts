/** Values inside error messages (its own module: the first page needs none of it). */

/** Deeper than this, a value is described as deeply nested, whatever the thread's stack. */
const MAX_DESCRIBED_DEPTH = 64;

/**
 * Whether a value nests deeper than `limit` levels, level by level (no recursion: the answer
 * must not depend on how much stack the caller has left). Gives up, false, past 10,000
 * values in a level.
 */
function nestsDeeper(value: unknown, limit: number): boolean {
  let level = [value];
  for (let depth = 0; level.length > 0 && level.length < 10_000; depth += 1) {
    if (depth > limit) return true;
    level = level.flatMap((v) => (typeof v === 'object' && v !== null ? Object.values(v as object) : []));
  }
  return false;
}

/** A value shown inside an error message: short, JSON-quoted, never markup. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  let text: string;
  try {
    if (nestsDeeper(value, MAX_DESCRIBED_DEPTH)) throw new RangeError('too deep');
    text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    // Too deep or cyclic: never recurse again to describe it.
    text = Array.isArray(value) ? 'a deeply nested list' : 'a deeply nested value';
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
