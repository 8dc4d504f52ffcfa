/**
 * The verdict on a charge, in support's words: what was charged against what the card in
 * force gives, the difference, and the cause the engine found (or that no known rule gives it).
 */
import { formatStamp, type AmountCheck, type Quote } from '../../engine';
import { formatCount, formatUsd as toCents, formatUsdExact, hasSubCents } from '../../lib/format-money';
import type { PricedOn } from './explain-model';

export interface VerdictLine {
  readonly key: 'usd' | 'units' | 'expected';
  readonly status: AmountCheck['status'] | 'none';
  readonly text: string;
  /** "Cause: …", "No known rule gives $0.77.", or what to do next; null on a match. */
  readonly detail: string | null;
}

/** Every digit of a charged amount: $0.495 is not rounded to $0.50 here. */
const formatUsd = (value: string) => (hasSubCents(value) ? formatUsdExact(value) : toCents(value));

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function inForce(on: PricedOn): string {
  return `in force on ${on.date}, ${on.from === 'created_at' ? 'the day of created_at' : 'the As of date'}`;
}

function causeOf(check: AmountCheck): string | null {
  if (check.status === 'match' || check.cause === null) return null;
  if (check.status === 'unchecked') return null;
  return check.causeCode === null ? `${capital(check.cause)}.` : `Cause: ${check.cause}.`;
}

function usdLine(check: AmountCheck, quote: Quote, on: PricedOn): VerdictLine {
  const card = `${formatStamp(quote.internal.charged.card)} (${inForce(on)})`;
  const charged = formatUsd(check.charged);
  const expected = formatUsd(check.expected ?? '0');
  if (check.status === 'match')
    return { key: 'usd', status: 'match', text: `Charged ${charged}: matches ${card}.`, detail: null };
  const difference = check.difference ?? '0';
  const over = !difference.startsWith('-');
  const by = `${over ? 'overcharged' : 'undercharged'} by ${formatUsd(difference.replace(/^-/, ''))}`;
  return {
    key: 'usd',
    status: 'mismatch',
    text: `Charged ${charged}, expected ${expected} on ${card}: ${by}.`,
    detail: causeOf(check),
  };
}

function unitsLine(check: AmountCheck, quote: Quote, on: PricedOn): VerdictLine {
  const deducted = `Kling deducted ${formatCount(check.charged)} units`;
  if (check.status === 'unchecked')
    return { key: 'units', status: 'unchecked', text: `${deducted}: not checked, ${check.cause}.`, detail: null };
  const card = `${formatStamp(quote.vendor.used.card)} (${inForce(on)})`;
  if (check.status === 'match')
    return { key: 'units', status: 'match', text: `${deducted}: matches ${card}.`, detail: null };
  const difference = check.difference ?? '0';
  const more = !difference.startsWith('-');
  const size = difference.replace(/^-/, '');
  const by = `${formatCount(size)} ${size === '1' ? 'unit' : 'units'} ${more ? 'more' : 'fewer'} than expected`;
  return {
    key: 'units',
    status: 'mismatch',
    text: `${deducted}, expected ${formatCount(check.expected ?? '0')} on ${card}: ${by}.`,
    detail: causeOf(check),
  };
}

/** One line for the USD and one for the units when given; the expected price alone when neither is. */
export function verdictLines(
  usd: AmountCheck | null,
  units: AmountCheck | null,
  quote: Quote,
  on: PricedOn,
): VerdictLine[] {
  const lines: VerdictLine[] = [];
  if (usd) lines.push(usdLine(usd, quote, on));
  if (units) lines.push(unitsLine(units, quote, on));
  if (lines.length === 0) {
    const card = `${formatStamp(quote.internal.charged.card)} (${inForce(on)})`;
    const text = `Expected ${formatUsd(quote.internal.charged.usd)} on ${card}.`;
    lines.push({ key: 'expected', status: 'none', text, detail: 'Enter the amount charged to check it.' });
  }
  return lines;
}
