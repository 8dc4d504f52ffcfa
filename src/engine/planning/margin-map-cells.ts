/**
 * The cells of a margin map for one model: every mode × resolution × input type × audio the
 * default vendor card prices at the map's duration, each priced by the engine's own `quote`, so
 * that a cell is exactly the quote of its request (our price as billed, the vendor cost at the
 * map's package, the margin).
 */
import { DEFAULT_VENDOR_CARD_ID, type CardSet } from '../cards/card-set';
import { quote, type Quote } from '../pricing/quote';
import type { QuoteRequest } from '../request/quote-request';
import { INPUT_TYPES, MODES, type InputType, type Mode, type Resolution } from '../request/vocabulary';
import type { MarginScope } from './margin-map-scope';
import { marginStanding, type MarginStanding } from './margin-standing';

export interface MarginCell {
  readonly model: string;
  readonly mode: Mode;
  readonly resolution: Resolution;
  readonly input: InputType;
  readonly audio: boolean;
  /** Our price as billed (the 720p rule applies), 2 decimals. */
  readonly internalUsd: string;
  /** The vendor cost, exact decimal text. */
  readonly vendorUsd: string;
  /** internal − vendor, exact. */
  readonly marginUsd: string;
  /** margin ÷ internal × 100, one decimal half-up; null when internal is 0. */
  readonly marginPct: string | null;
  /** Against the target: loss when the margin is negative, below-target when under the target. */
  readonly standing: MarginStanding;
}

/** A cell and the quote it was read from. */
export interface PricedCell {
  readonly cell: MarginCell;
  readonly quote: Quote;
}

/** The quote options of every cell: the default vendor card at the map's package. */
export function cellQuoteOptions(scope: MarginScope) {
  return { vendorCardId: DEFAULT_VENDOR_CARD_ID, packageId: scope.packageId } as const;
}

/** Every request of the model the map could show, in the map's order. */
export function cellRequests(model: string, scope: MarginScope): QuoteRequest[] {
  const requests: QuoteRequest[] = [];
  for (const mode of MODES)
    for (const resolution of scope.resolutions)
      for (const inputType of INPUT_TYPES)
        for (const audio of scope.audios)
          requests.push({ model, mode, durationSeconds: scope.durationSeconds, resolution, inputType, audio });
  return requests;
}

/** The cell of a quote; null when the default vendor card does not price it (not a cell). */
export function toCell(q: Quote, targetPct: string): MarginCell | null {
  const used = q.vendor.used;
  // A custom rate (an override) standing in for the vendor card is not the vendor's offer.
  if (used.status !== 'priced' || used.card.id !== DEFAULT_VENDOR_CARD_ID || q.margin === null) return null;
  const charged = q.internal.charged;
  const r = q.request;
  return {
    model: r.model,
    mode: r.mode,
    resolution: r.resolution,
    input: r.inputType,
    audio: r.audio,
    internalUsd: charged.usd,
    vendorUsd: used.usd,
    marginUsd: q.margin.usd,
    marginPct: charged.amount.amount === 0n ? null : q.margin.pct,
    standing: marginStanding(charged.amount, used.amount, targetPct),
  };
}

/** The model's cells, or the error of a quote that could not be made at all. */
export function marginCells(
  set: CardSet,
  model: string,
  scope: MarginScope,
): { readonly ok: true; readonly cells: readonly PricedCell[] } | { readonly ok: false; readonly error: string } {
  const cells: PricedCell[] = [];
  for (const request of cellRequests(model, scope)) {
    const result = quote(request, set, cellQuoteOptions(scope));
    if (!result.ok) return result;
    const cell = toCell(result.quote, scope.targetPct);
    if (cell) cells.push({ cell, quote: result.quote });
  }
  return { ok: true, cells };
}
