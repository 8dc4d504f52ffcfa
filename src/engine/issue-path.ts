/** Turns a zod issue path into the text people read: `rows[3].rates.720p`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** A value shown inside an error message: short, JSON-quoted, never markup. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    // Too deep or cyclic: never recurse again to describe it.
    text = Array.isArray(value) ? 'a deeply nested list' : 'a deeply nested value';
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
