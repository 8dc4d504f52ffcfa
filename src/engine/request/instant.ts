/**
 * When a request was made (SPEC §8): `created_at` as ISO 8601 or as epoch milliseconds (what
 * Kling's task answer gives), read into the UTC date that picks the cards in force.
 */
import { describeValue } from './describe-value';

export interface Instant {
  /** As the output states it: ISO 8601 in UTC, or the date when only a date was given. */
  readonly text: string;
  /** The UTC date (YYYY-MM-DD) that picks the cards in force. */
  readonly date: string;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DIGITS = /^\d{1,16}$/;
// Epoch milliseconds from 2001-09-09; a smaller number is more likely seconds, or a mistake.
const SMALLEST_MS = 1e12;
const LARGEST_MS = 8.64e15;

function fromMilliseconds(ms: number, field: string, raw: unknown): Instant | string {
  if (!Number.isInteger(ms) || ms > LARGEST_MS) return `${field}: not a date, got ${describeValue(raw)}`;
  if (ms < SMALLEST_MS) {
    const asSeconds = ms * 1000 >= SMALLEST_MS && ms * 1000 <= LARGEST_MS;
    const hint = asSeconds ? ` (as seconds it would be ${new Date(ms * 1000).toISOString().slice(0, 10)})` : '';
    return `${field}: epoch milliseconds expected, got ${describeValue(raw)}${hint}`;
  }
  return fromDate(new Date(ms));
}

function fromDate(d: Date): Instant {
  const iso = d.toISOString();
  return { text: iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso, date: iso.slice(0, 10) };
}

/** An instant, or why the value is not one (named by `field`). */
export function readInstant(value: unknown, field = 'created_at'): Instant | string {
  if (typeof value === 'number') return fromMilliseconds(value, field, value);
  if (typeof value !== 'string')
    return `${field}: must be an ISO 8601 date or epoch milliseconds, got ${describeValue(value)}`;
  const text = value.trim();
  if (DIGITS.test(text)) return fromMilliseconds(Number(text), field, value);
  const m = ISO.exec(text);
  const expected = 'an ISO 8601 date (2026-11-30 or 2026-11-30T14:05:00Z) or epoch milliseconds';
  const problem = `${field}: must be ${expected}, got ${describeValue(value)}`;
  if (!m) return problem;
  const [, date, hh, mm, ss, fraction, zone] = m;
  if (hh === undefined) {
    const d = new Date(`${date}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date ? problem : { text: date, date };
  }
  // A time without a zone is read as UTC, as card dates are.
  const zoneText =
    zone === undefined || zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.length === 5
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : zone;
  const d = new Date(`${date}T${hh}:${mm}:${ss ?? '00'}${(fraction ?? '').slice(0, 4)}${zoneText}`);
  if (Number.isNaN(d.getTime()) || Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return problem;
  const check = new Date(`${date}T00:00:00Z`);
  if (check.toISOString().slice(0, 10) !== date) return problem;
  return fromDate(d);
}
