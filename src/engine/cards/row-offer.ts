/** The durations a vendor row offers: fixed ones (5 s or 10 s), or a range (3–15 s). */
import type { VendorRow } from './rate-card-vendor';

export type RowOffer = { readonly offered: readonly number[] } | { readonly min: number; readonly max: number };

/** A row's offer, fixed durations in increasing order. */
export function offerOf(row: VendorRow): RowOffer {
  if (row.basis === 'per-clip') return { offered: row.clips.map((c) => c.seconds) };
  const durations = row.durations;
  return 'options' in durations ? { offered: [...durations.options].sort((a, b) => a - b) } : durations;
}

/** A row's offer as a comparable key ("5,10" or "3-15"). */
export function durationOffer(row: VendorRow): string {
  const offer = offerOf(row);
  return 'offered' in offer ? offer.offered.join(',') : `${offer.min}-${offer.max}`;
}

/** The offer in words, as refusals and adjustments say it ("Kling 3.0 runs 3–15 s", "… offers 5 s or 10 s"). */
export function offerWords(offer: RowOffer, name: string): string {
  return 'offered' in offer
    ? `${name} offers ${offer.offered.map((s) => `${s} s`).join(' or ')}`
    : `${name} runs ${offer.min}–${offer.max} s`;
}
