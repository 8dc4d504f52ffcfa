/** Text for the printed estimates: dates, periods, amounts and counts as a reader of paper wants them. */
import { formatCount, formatUsd } from '../../../lib/format-money';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-30" → "30 November 2026" (UTC); anything else as given. */
export function formatSheetDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : longDate.format(ms);
}

/** "1 month", "3 months". */
export function monthsText(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

/** An amount to the cent, or "—" when there is none. */
export function sheetUsd(value: string | null): string {
  return value === null ? '—' : formatUsd(value);
}

/** "5,000 clips", "1,000 tasks". */
export function countText(count: number, kind: 'clip' | 'service'): string {
  const noun = kind === 'clip' ? 'clip' : 'task';
  return `${formatCount(String(count))} ${noun}${count === 1 ? '' : 's'}`;
}

/** "10%" as the file says it, "none" for 0. */
export function discountText(discountPct: string): string {
  return /^0*(\.0*)?$/.test(discountPct) ? 'none' : `${discountPct}%`;
}
