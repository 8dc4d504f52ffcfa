/** Reading screens' state from URL parameters: a bad value is named and dropped, never fatal. */

/** How an ignored parameter is named to the user: `duration ("-5")`, a long value clipped. */
export function ignoredParam(name: string, value: string): string {
  const clipped = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return `${name} (${JSON.stringify(clipped)})`;
}

/** A parameter given twice: the later value is named, and the value used (the first, or its default). */
export function repeatedParam(name: string, value: string, used: string): string {
  return `${ignoredParam(name, value)}, given twice: ${JSON.stringify(used.slice(0, 40))} is used`;
}

/**
 * Reads optional parameters: `parse` gives null for a value it cannot read, which is then
 * named in `ignored`, and the fallback kept.
 */
export function paramReader(params: URLSearchParams, ignored: string[]) {
  return <T>(name: string, parse: (text: string) => T | null, fallback: T): T => {
    const [text, ...again] = params.getAll(name);
    if (text === undefined) return fallback;
    const value = parse(text);
    if (value === null) ignored.push(ignoredParam(name, text));
    for (const other of again) ignored.push(repeatedParam(name, other, value === null ? String(fallback) : text));
    return value ?? fallback;
  };
}

/** A query's parts (`a=1`), in order and as written (nothing decoded or re-encoded), none empty. */
export function searchParts(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '');
}

/** The name of a query part as written (`mult` of `mult=kling-v3:1.5`). */
export function partName(part: string): string {
  return part.split('=', 1)[0];
}

/** Parts joined back into a query: `?a=1&b=2`, or nothing for none. */
export function joinParts(parts: readonly string[]): string {
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
