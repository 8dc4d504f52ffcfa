/**
 * The card versions that set the customer's prices: the internal card of every clip line. A
 * service's price is the user's override, not a card; the vendor's cards set our cost, which the
 * customer's printout never shows (SPEC §9), so their versions are named on the internal one only.
 */
import { formatStamp, type Estimate } from '../../../engine';

export function priceCards(estimate: Estimate): string[] {
  // A clip line is priced on [its internal card, its vendor card] (engine: estimate-lines.ts).
  const stamps = estimate.totals.lines.flatMap(({ line }) => (line.kind === 'clip' ? line.cards.slice(0, 1) : []));
  return [...new Set(stamps.map(formatStamp))];
}
