/**
 * SPEC §3.2: the seconds a vendor row bills. One rule for every row, per-second or per-clip:
 * first Kling's own rounding, to the nearest whole second (half up); then the row's offer.
 * Below a range's minimum → the minimum; a duration not offered → the next offered one up
 * (both with a warning); above the longest → none, and the reason names both durations.
 */
import { offerOf } from '../cards/row-offer';
import type { VendorRow } from '../cards/rate-card-vendor';

export type VendorSeconds =
  | { readonly ok: true; readonly seconds: number; readonly adjustment: string | null }
  | { readonly ok: false; readonly reason: string };

/** Nearest whole second, half up (5.4 → 5, 5.5 → 6). Seconds are not money. */
export function nearestSecond(durationSeconds: number): number {
  return Math.floor(durationSeconds + 0.5);
}

/** "15.6 s rounds to 16 s", or "16 s" when the request is already whole. */
function requested(durationSeconds: number, rounded: number): string {
  return durationSeconds === rounded ? `${rounded} s` : `${durationSeconds} s rounds to ${rounded} s`;
}

/** `name` says whose offer it is ("Kling 3.0"). A refusal names the requested and the rounded duration. */
export function vendorSeconds(row: VendorRow, durationSeconds: number, name: string): VendorSeconds {
  const rounded = nearestSecond(durationSeconds);
  const offer = offerOf(row);
  // The words are written only for an answer that says them: most durations need none.
  if ('offered' in offer) {
    const seconds = offer.offered.find((s) => s >= rounded);
    if (seconds === rounded) return { ok: true, seconds, adjustment: null };
    const words = `${name} offers ${offer.offered.map((s) => `${s} s`).join(' or ')}`;
    if (seconds === undefined) return { ok: false, reason: `${requested(durationSeconds, rounded)}; ${words}` };
    return {
      ok: true,
      seconds,
      adjustment: `${words}: ${rounded} s is billed as the next offered duration up, ${seconds} s`,
    };
  }
  if (rounded >= offer.min && rounded <= offer.max) return { ok: true, seconds: rounded, adjustment: null };
  const words = `${name} runs ${offer.min}–${offer.max} s`;
  if (rounded > offer.max) return { ok: false, reason: `${requested(durationSeconds, rounded)}; ${words}` };
  return {
    ok: true,
    seconds: offer.min,
    adjustment: `${words}: ${rounded} s is billed as its shortest, ${offer.min} s`,
  };
}
