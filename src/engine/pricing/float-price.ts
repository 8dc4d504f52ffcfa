/**
 * The internal price as a program using binary floating point would charge it:
 * `Math.round(x * 100) / 100` over the factors read as doubles. Never a price the engine
 * gives: only a known way to be wrong, tried when a charge does not match (SPEC §8).
 */
import { cardMultiplier } from '../cards/model-multiplier';
import type { InternalCard } from '../cards/rate-card-internal';
import type { QuoteRequest } from '../request/quote-request';
import type { Resolution } from '../request/vocabulary';

/**
 * The amounts such a program charges, one for each usual order of the product (the seconds
 * first, last, or after the base rate): doubles round differently depending on it.
 */
export function floatingPointUsd(request: QuoteRequest, card: InternalCard, resolution: Resolution): string[] {
  const seconds = Math.ceil(request.durationSeconds);
  const base = Number(card.basePerSecondUsd[request.mode]);
  const factors = [
    Number(card.resolutionMultipliers[resolution]),
    Number(card.inputMultipliers[request.inputType]),
    Number(cardMultiplier(card, request.model).factor),
  ];
  const product = (first: number[]) => [...first, ...factors].reduce((x, f) => x * f);
  const orders = [
    product([seconds, base]),
    product([base, seconds]),
    [...factors].reduce((x, f) => x * f, base) * seconds,
  ];
  const amounts = orders.map((x) => {
    // The point of this module is to reproduce the float mistake, so it uses what money.ts forbids.
    // eslint-disable-next-line no-restricted-properties
    const rounded = Math.round(x * 100) / 100;
    // eslint-disable-next-line no-restricted-properties
    return Math.min(Math.max(rounded, Number(card.clampUsd.min)), Number(card.clampUsd.max)).toFixed(2);
  });
  return [...new Set(amounts)];
}
