/**
 * The fields of a charge, typed or pasted: a field filled by hand wins over the paste, and
 * each value says where it came from. A typed value that does not read is an error on its
 * field, and that value is then left out (never replaced by the paste behind the user's back).
 */
import { readAmount, readInstant, type Instant, type Pasted, type PastedFields } from '../../engine';
import type { ChargeInputs } from './explain-state';

/** One value as used: typed, pasted (with its place in the paste), or none. */
export interface Used<T> {
  readonly value: T | null;
  readonly source: 'typed' | 'paste' | null;
  /** The place in the paste the value came from, or that a typed value replaced. */
  readonly pastedAt: string | null;
  /** The pasted value a typed one replaced, as text. */
  readonly replaced: string | null;
}

export interface UsedCharge {
  readonly chargedUsd: Used<string>;
  readonly createdAt: Used<Instant>;
  readonly unitsDeducted: Used<string>;
  readonly videoSeconds: Used<readonly number[]>;
}

export type FieldErrors = Partial<Record<keyof ChargeInputs, string>>;

type Reader<T> = (text: string) => T | { error: string };

const amount =
  (label: string, what: string): Reader<string> =>
  (text) =>
    readAmount(text, label, what);
const instant: Reader<Instant> = (text) => {
  const read = readInstant(text, 'created_at');
  return typeof read === 'string' ? { error: read } : read;
};
const seconds: Reader<readonly number[]> = (text) => {
  const read = readAmount(text, 'Video duration', 'a number of seconds');
  if (typeof read !== 'string') return read;
  return Number(read) > 0 ? [Number(read)] : { error: 'Video duration: must be a number of seconds above 0' };
};

const show = (value: unknown): string =>
  Array.isArray(value)
    ? value.join(', ')
    : typeof value === 'object' && value
      ? String((value as Instant).text)
      : String(value);

function combine<T>(text: string, read: Reader<T>, pasted: Pasted<T> | null, errors: string[]): Used<T> {
  const typed = text.trim();
  const pastedAt = pasted?.from ?? null;
  if (typed === '') return { value: pasted?.value ?? null, source: pasted ? 'paste' : null, pastedAt, replaced: null };
  const value = read(typed);
  if (typeof value === 'object' && value !== null && 'error' in value) {
    errors.push(value.error);
    return { value: null, source: null, pastedAt, replaced: null };
  }
  return { value, source: 'typed', pastedAt, replaced: pasted ? show(pasted.value) : null };
}

/** Combines the typed fields with what the paste says (nothing, when nothing was pasted). */
export function combineCharge(
  inputs: ChargeInputs,
  pasted: PastedFields | null,
): { used: UsedCharge; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const each = <T>(key: keyof ChargeInputs, read: Reader<T>, from: Pasted<T> | null): Used<T> => {
    const found: string[] = [];
    const used = combine(inputs[key], read, from, found);
    if (found.length > 0) errors[key] = found[0];
    return used;
  };
  const used: UsedCharge = {
    chargedUsd: each('chargedUsd', amount('Amount charged', 'an amount in USD'), pasted?.chargedUsd ?? null),
    createdAt: each('createdAt', instant, pasted?.createdAt ?? null),
    unitsDeducted: each('unitsDeducted', amount('Units deducted', 'a number of units'), pasted?.unitsDeducted ?? null),
    videoSeconds: each('videoSeconds', seconds, pasted?.videoSeconds ?? null),
  };
  return { used, errors };
}
