/**
 * What a persisted request says was charged (SPEC §8): `charged_usd` (our bill),
 * `final_unit_deduction` (Kling's units) and `created_at`. Read beside the envelope, never
 * part of pricing it.
 */
import { describeValue } from './describe-value';
import { readInstant, type Instant } from './instant';

export interface ChargeFields {
  readonly createdAt: Instant | null;
  /** Our bill, USD, as a decimal string ("1.80"). */
  readonly chargedUsd: string | null;
  /** Units Kling took, as a decimal string. */
  readonly unitsDeducted: string | null;
}

export type ReadCharge =
  { readonly ok: true; readonly charge: ChargeFields | null } | { readonly ok: false; readonly error: string };

export const CHARGE_FIELD_NAMES = ['charged_usd', 'final_unit_deduction', 'created_at'] as const;

const DECIMAL = /^\d{1,12}(\.\d{1,12})?$/;
const absent = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A non-negative amount: a number or a decimal string ("1.80", "$1.80", "1,234.50"). */
export function readAmount(value: unknown, field: string, what: string): string | { error: string } {
  let text: string | null = null;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e12) text = String(value);
  else if (typeof value === 'string')
    text = value
      .trim()
      .replace(/^\$/, '')
      .replace(/,(?=\d{3}(\D|$))/g, '');
  if (text !== null && /e/i.test(text)) text = null;
  if (text === null || !DECIMAL.test(text))
    return { error: `${field}: must be ${what} of 0 or more, got ${describeValue(value)}` };
  return text;
}

/** The charge fields of an object (absent ones null); null when it carries none. Never throws on data. */
export function readChargeFields(input: Readonly<Record<string, unknown>>): ReadCharge {
  const charged = input.charged_usd;
  const units = input.final_unit_deduction;
  const created = input.created_at;
  if (absent(charged) && absent(units) && absent(created)) return { ok: true, charge: null };
  let chargedUsd: string | null = null;
  if (!absent(charged)) {
    const read = readAmount(charged, 'charged_usd', 'an amount in USD');
    if (typeof read !== 'string') return { ok: false, error: read.error };
    chargedUsd = read;
  }
  let unitsDeducted: string | null = null;
  if (!absent(units)) {
    const read = readAmount(units, 'final_unit_deduction', 'a number of units');
    if (typeof read !== 'string') return { ok: false, error: read.error };
    unitsDeducted = read;
  }
  let createdAt: Instant | null = null;
  if (!absent(created)) {
    const read = readInstant(created);
    if (typeof read === 'string') return { ok: false, error: read };
    createdAt = read;
  }
  return { ok: true, charge: { createdAt, chargedUsd, unitsDeducted } };
}
