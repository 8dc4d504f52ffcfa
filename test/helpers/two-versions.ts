/** An older internal card (2026-10-01) whose std rate is $0.04 a second, beside the shipped one. */
import type { CardSet } from '../../src/engine';
import { cardSetWith, cardVersion, servedWith } from './card-fixtures';

export const OLDER_VERSION = '2026-10-01';

const older = () =>
  cardVersion('internal.2026-11-21.json', OLDER_VERSION, (card) => ({
    basePerSecondUsd: { ...(card.basePerSecondUsd as object), std: '0.04' },
  }));

export function twoVersions(): CardSet {
  return cardSetWith(older());
}

export function twoVersionsFiles(): Record<string, string> {
  return servedWith(older());
}
