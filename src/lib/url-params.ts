/** Reading screens' state from URL parameters: a bad value is named and dropped, never fatal. */

/** How an ignored parameter is named to the user: `duration ("-5")`, a long value clipped. */
export function ignoredParam(name: string, value: string): string {
  const clipped = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return `${name} (${JSON.stringify(clipped)})`;
}

/**
 * Reads optional parameters: `parse` gives null for a value it cannot read, which is then
 * named in `ignored`, and the fallback kept.
 */
export function paramReader(params: URLSearchParams, ignored: string[]) {
  return <T>(name: string, parse: (text: string) => T | null, fallback: T): T => {
    const text = params.get(name);
    if (text === null) return fallback;
    const value = parse(text);
    if (value === null) ignored.push(ignoredParam(name, text));
    return value ?? fallback;
  };
}
