/** The card's own quote beside a what-if one (SPEC §10): the same request on the cards without the what-if. */
import { quote, type AppliedWhatIf, type CardSet, type Quote, type QuoteOptions } from '../../engine';

/** What a what-if changed on this quote: the what-if tried and the card's own quote; null when none applies. */
export interface WhatIfQuote {
  readonly tried: AppliedWhatIf;
  readonly own: Quote;
}

/** `own`: the cards without the what-if, in force on the quote's date. */
export function whatIfQuote(
  current: Quote,
  whatIf: readonly AppliedWhatIf[],
  own: CardSet,
  options: QuoteOptions,
): WhatIfQuote | null {
  const tried = whatIf.find((a) => a.model === current.request.model);
  if (!tried) return null;
  const result = quote(current.request, own, options);
  return result.ok ? { tried, own: result.quote } : null;
}
