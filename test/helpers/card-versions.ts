/**
 * A later internal card (2026-12-01) with higher base prices: std $0.06 and pro $0.14 a second
 * (instead of $0.05 and $0.12), beside the shipped one.
 */
import { cardsInForce, type CardSet } from '../../src/engine';
import { cardSetWith, cardVersion, servedWith } from './card-fixtures';

export const NEXT_INTERNAL_DATE = '2026-12-01';
export const NEXT_INTERNAL_FILE = `internal.${NEXT_INTERNAL_DATE}.json`;

const next = () =>
  cardVersion('internal.2026-11-21.json', NEXT_INTERNAL_DATE, () => ({
    title: 'Internal price (test fixture: higher base prices)',
    basePerSecondUsd: { std: '0.06', pro: '0.14' },
  }));

export function nextInternalCardText(): string {
  return next().text;
}

export function indexWithNextInternal(): string {
  return servedWith(next())['index.json'];
}

/** Every shipped card and the second internal version; in force on `asOf` when given. */
export function twoInternalVersions(asOf?: string): CardSet {
  const set = cardSetWith(next());
  return asOf ? cardsInForce(set, asOf) : set;
}
