/** Which row of a vendor card prices a request, and which tier; or why none does. */
import type { CompiledRow, CompiledVendor } from '../cards/compiled-cards';
import type { QuoteRequest } from '../request/quote-request';
import type { VendorCard, VendorRow } from '../cards/rate-card-vendor';
import { INPUT_TYPES, resolutionRank, type Resolution } from '../request/vocabulary';

export type RowMatch = { readonly ok: true; readonly row: CompiledRow } | { readonly ok: false; readonly reason: string };

const isVideoInput = (request: QuoteRequest): boolean => request.inputType === 'video';

const tests: ReadonlyArray<{ readonly accepts: (row: VendorRow, r: QuoteRequest) => boolean; readonly why: (r: QuoteRequest) => string }> = [
  {
    accepts: (row, r) => row.audio === undefined || row.audio === r.audio,
    why: (r) => (r.audio ? 'with audio' : 'without audio'),
  },
  {
    accepts: (row, r) => row.videoInput === undefined || row.videoInput === isVideoInput(r),
    why: (r) => (isVideoInput(r) ? 'with a video input' : 'without a video input'),
  },
  {
    accepts: (row, r) => row.inputs === undefined || row.inputs.includes(r.inputType),
    why: (r) => `with input ${r.inputType}`,
  },
  {
    accepts: (row, r) => row.modes === undefined || row.modes.includes(r.mode),
    why: (r) => `in ${r.mode} mode`,
  },
];

const inputTest = tests[2];

/** What a model's rows take, in words: "it needs an image or a video reference". */
function inputsNeeded(rows: readonly VendorRow[], request: QuoteRequest): string {
  const accepted = INPUT_TYPES.filter((t) => rows.some((row) => row.inputs === undefined || row.inputs.includes(t)));
  const references = [
    ...(accepted.includes('image') || accepted.includes('multi-image') ? ['an image'] : []),
    ...(accepted.includes('video') ? ['a video'] : []),
  ];
  if (request.inputType === 'text' && references.length > 0) return `it needs ${references.join(' or ')} reference`;
  return `it takes input ${accepted.join(', ')}`;
}

/** The first row of the card for this model whose conditions all hold. */
export function matchRow(compiled: CompiledVendor, request: QuoteRequest): RowMatch {
  const card = compiled.card;
  const candidates = compiled.rowsByModel.get(request.model);
  if (candidates === undefined) return { ok: false, reason: `${card.title} has no price for model ${request.model}` };
  for (const candidate of candidates) {
    if (tests.every((test) => test.accepts(candidate.row, request))) return { ok: true, row: candidate };
  }
  const rows = candidates.map((c) => c.row);
  // Name what no row offers at all; else the combination that no single row offers.
  const never = tests.filter((test) => !rows.some((candidate) => test.accepts(candidate, request)));
  if (never.length > 0) {
    const why = never.map((t) => t.why(request)).join(', ');
    const need = never.includes(inputTest) ? `: ${inputsNeeded(rows, request)}` : '';
    return { ok: false, reason: `${card.title} does not price ${request.model} ${why}${need}` };
  }
  const limiting = tests.filter((test) => rows.some((candidate) => !test.accepts(candidate, request)));
  return {
    ok: false,
    reason: `${card.title} does not price ${request.model} ${limiting.map((t) => t.why(request)).join(' together ')}`,
  };
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
