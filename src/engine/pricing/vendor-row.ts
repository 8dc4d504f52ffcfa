/** Which row of a vendor card prices a request (compiled with the card), and which tier. */
import type { CompiledRow, CompiledVendor } from '../cards/compiled-cards';
import { choiceIndex } from '../cards/compiled-cards';
import type { RowChoice } from '../cards/row-match';
import type { VendorCard } from '../cards/rate-card-vendor';
import type { QuoteRequest } from '../request/quote-request';
import { resolutionRank, type Resolution } from '../request/vocabulary';

/** The row the card prices this request with, or why none does. */
export function matchRow(compiled: CompiledVendor, request: QuoteRequest): RowChoice<CompiledRow> {
  const choices = compiled.choicesByModel.get(request.model);
  if (choices === undefined)
    return { ok: false, reason: `${compiled.card.title} has no price for model ${request.model}` };
  return choices[choiceIndex(request.mode, request.inputType, request.audio)];
}

/**
 * The resolution tier a per-second row is read at. Kling's mode sets the output tier
 * (std → 720p, pro → 1080p); a higher requested resolution (4k, or 1080p in std) moves
 * up to that tier. Cards whose tiers are by resolution alone use the resolution.
 */
export function vendorTier(card: VendorCard, request: QuoteRequest): Resolution {
  if (card.tierBy === 'resolution') return request.resolution;
  const byMode: Resolution = request.mode === 'pro' ? '1080p' : '720p';
  return resolutionRank(request.resolution) > resolutionRank(byMode) ? request.resolution : byMode;
}
