/**
 * SPEC §3.2: the seconds a vendor row bills. Per-second rows bill the duration rounded to
 * the nearest whole second (half up) within the row's range; rows with fixed durations
 * (and per-clip rows) bill the next offered duration up; above the longest there is none.
 */
import type { VendorRow } from './rate-card-vendor';

export type VendorSeconds =
  | { readonly ok: true; readonly seconds: number; readonly adjustment: string | null }
  | { readonly ok: false; readonly reason: string };

/** Nearest whole second, half up (5.4 → 5, 5.5 → 6). Seconds are not money. */
export function nearestSecond(durationSeconds: number): number {
  return Math.floor(durationSeconds + 0.5);
}

/**
 * Everything any price depends on in a duration, as a small integer: ceil (internal,
 * per-clip rows), the nearest second (per-second rows, always ceil or ceil − 1) and whether
 * it is whole. Equal keys, equal prices.
 */
export function durationKey(durationSeconds: number): number {
  const ceil = Math.ceil(durationSeconds);
  return ceil * 4 + (nearestSecond(durationSeconds) === ceil ? 2 : 0) + (Number.isInteger(durationSeconds) ? 1 : 0);
}

/** The smallest offered duration ≥ `wholeSeconds` (options are whole seconds, so ceil suffices). */
function nextOffered(wholeSeconds: number, exact: boolean, options: readonly number[], label: string): VendorSeconds {
  const sorted = [...options].sort((a, b) => a - b);
  const seconds = sorted.find((s) => s >= wholeSeconds);
  const offered = sorted.map((s) => `${s} s`).join(' or ');
  if (seconds === undefined) {
    return { ok: false, reason: `${label} offers ${offered}; the request is longer than the longest` };
  }
  const adjustment =
    seconds === wholeSeconds && exact ? null : `${label} offers ${offered}: priced at ${seconds} s, the next offered duration up`;
  return { ok: true, seconds, adjustment };
}

export function vendorSeconds(row: VendorRow, durationSeconds: number): VendorSeconds {
  if (row.basis === 'per-clip') {
    const whole = Math.ceil(durationSeconds);
    return nextOffered(whole, whole === durationSeconds, row.clips.map((c) => c.seconds), row.label);
  }
  const rounded = Math.max(1, nearestSecond(durationSeconds));
  const durations = row.durations;
  if ('options' in durations) return nextOffered(rounded, true, durations.options, row.label);
  if (rounded > durations.max) {
    return { ok: false, reason: `${row.label} runs ${durations.min}–${durations.max} s; ${rounded} s is longer than the longest` };
  }
  if (rounded < durations.min) {
    return {
      ok: true,
      seconds: durations.min,
      adjustment: `${row.label} runs ${durations.min}–${durations.max} s: priced at its shortest, ${durations.min} s`,
    };
  }
  return { ok: true, seconds: rounded, adjustment: null };
}
