/**
 * Later versions: the internal card again from 2027-01-01 with kling-v3 at 1.5 (was 1.3), and
 * Kling's official units again from 2027-02-01 with Kling 3.0 silent 720p at 0.7 units a second
 * (was 0.6).
 */
import type { CardSet } from '../../src/engine';
import { cardSetWith, cardVersion, servedWith } from './card-fixtures';

export const LATER_INTERNAL_FILE = 'internal.2027-01-01.json';
export const LATER_VENDOR_FILE = 'kling-official-units.2027-02-01.json';

const laterInternal = () =>
  cardVersion('internal.2026-11-21.json', '2027-01-01', (card) => ({
    modelMultipliers: { ...(card.modelMultipliers as object), 'kling-v3': '1.5' },
  }));
const laterVendor = () =>
  cardVersion('kling-official-units.2026-09-20.json', '2027-02-01', (card) => ({
    rows: (card.rows as Array<Record<string, unknown>>).map((row) =>
      row.id === 'v3-silent' ? { ...row, rates: { ...(row.rates as object), '720p': '0.7' } } : row,
    ),
  }));

export function servedWithLaterVersions(): Record<string, string> {
  return servedWith(laterInternal(), laterVendor());
}

/** The shipped cards and both later versions, as one set (none in force: `cardsInForce` picks). */
export function versionedCards(): CardSet {
  return cardSetWith(laterInternal(), laterVendor());
}
