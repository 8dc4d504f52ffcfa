/** A saved estimate described in a line for its row in the list. */
import type { SavedEstimate } from './saved-entry';

const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const count = new Intl.NumberFormat('en-US');

const plural = (n: number, one: string, many: string) => `${count.format(n)} ${n === 1 ? one : many}`;

/** When it was saved, in UTC: "Nov 30, 2026, 2:05 PM UTC". */
export function savedWhen(entry: SavedEstimate): string {
  return `${date.format(new Date(entry.savedAt))} UTC`;
}

/** "Acme · 3 months · 2 lines · saved Nov 30, 2026, 2:05 PM UTC" */
export function describeEntry(entry: SavedEstimate): string {
  const { customer, months, lines } = entry.file;
  return [
    customer,
    plural(months, 'month', 'months'),
    plural(lines.length, 'line', 'lines'),
    `saved ${savedWhen(entry)}`,
  ].join(' · ');
}
