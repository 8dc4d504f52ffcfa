/**
 * The UTC date of an instant: the default "as of" of callers that have a clock. A module of its
 * own: every screen needs it on the first page, and none of `instant.ts`'s reading.
 */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
