/**
 * SPEC §3.2: the seconds a vendor row bills. One rule for every row, per-second or per-clip:
 * first Kling's own rounding, to the nearest whole second (half up); then the row's offer.
 * Below a range's minimum → the minimum; a duration not offered → the next offered one up
 * (both with a warning); above the longest → none, and the reason names both durations.
 */
import { offerOf, offerWords, type RowOffer } from '../cards/row-offer';
import type { VendorRow } from '../cards/rate-card-vendor';
import { numberText } from '../request/number-text';

export type VendorSeconds =
  | { readonly ok: true; readonly seconds: number; readonly adjustment: string | null }
  | { readonly ok: false; readonly reason: string };

/** Nearest whole second, half up (5.4 → 5, 5.5 → 6). Seconds are not money. */
export function nearestSecond(durationSeconds: number): number {
  return Math.floor(durationSeconds + 0.5);
}

/** "15.6 s rounds to 16 s", or "16 s" when the request is already whole. `text`: the duration written, if known. */
function requested(durationSeconds: number, rounded: number, text = numberText(durationSeconds)): string {
  return durationSeconds === rounded ? `${rounded} s` : `${text} s rounds to ${rounded} s`;
}

/** `name` says whose offer it is ("Kling 3.0"). A refusal names the requested and the rounded duration. */
export function vendorSeconds(row: VendorRow, durationSeconds: number, name: string): VendorSeconds {
  const offer = offerOf(row);
  return secondsOffered(offer, offerWords(offer, name), durationSeconds);
}

/**
 * `vendorSeconds` on an offer read once with its card (`words` is `offerWords` of it).
 * `durationText` is `String(durationSeconds)` when the caller has it (`durationSourceText`).
 */
export function secondsOffered(
  offer: RowOffer,
  words: string,
  durationSeconds: number,
  durationText?: string,
): VendorSeconds {
  const rounded = nearestSecond(durationSeconds);
  if ('offered' in offer) {
    let seconds: number | undefined;
    for (const s of offer.offered) {
      if (s < rounded) continue;
      seconds = s;
      break;
    }
    if (seconds === rounded) return { ok: true, seconds, adjustment: null };
    if (seconds === undefined)
      return { ok: false, reason: `${requested(durationSeconds, rounded, durationText)}; ${words}` };
    return {
      ok: true,
      seconds,
      adjustment: `${words}: ${rounded} s is billed as the next offered duration up, ${seconds} s`,
    };
  }
  if (rounded >= offer.min && rounded <= offer.max) return { ok: true, seconds: rounded, adjustment: null };
  if (rounded > offer.max)
    return { ok: false, reason: `${requested(durationSeconds, rounded, durationText)}; ${words}` };
  return {
    ok: true,
    seconds: offer.min,
    adjustment: `${words}: ${rounded} s is billed as its shortest, ${offer.min} s`,
  };
}
