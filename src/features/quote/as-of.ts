/**
 * The Quote screen's "As of" date (SPEC §8): the UTC day whose cards price the request. In
 * the link as `asof=YYYY-MM-DD`; absent, today. A value that is not a date in range is
 * named and today is used instead.
 */
import { IsoDateSchema } from '../../engine';
import { paramReader } from '../../lib/url-params';

export const AS_OF_PARAM = 'asof';
export const MIN_AS_OF = '2000-01-01';
export const MAX_AS_OF = '2099-12-31';

function problemOf(text: string, today: string): string | null {
  if (text.trim() === '') return `Enter a date, such as ${today}.`;
  if (!IsoDateSchema.safeParse(text).success) return 'Enter a real date written YYYY-MM-DD.';
  if (text < MIN_AS_OF || text > MAX_AS_OF) return `Choose a date from ${MIN_AS_OF} to ${MAX_AS_OF}.`;
  return null;
}

/** The date to price as of, and why the text was not used (then `date` is today). */
export function readAsOf(text: string, today: string): { date: string; error: string | null } {
  const problem = problemOf(text, today);
  return problem === null
    ? { date: text, error: null }
    : { date: today, error: `${problem} Until then, prices are as of today, ${today}.` };
}

/** The link's `asof`: null when absent, or not usable (then named in `ignored`). */
export function readAsOfParam(search: string, ignored: string[]): string | null {
  const read = paramReader(new URLSearchParams(search), ignored);
  return read(AS_OF_PARAM, (text) => (problemOf(text, '') === null ? text : null), null);
}

/** `&asof=…` for a date the user chose (or the link gave); nothing for today by default. */
export function toAsOfParam(date: string | null): string {
  return date === null ? '' : `&${AS_OF_PARAM}=${date}`;
}
