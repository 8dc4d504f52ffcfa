/** Cards in several versions for re-pricing tests (SPEC §8): never written to rate-cards/. */
import { cardSetWith, cardVersion } from './card-fixtures';

/** A later internal card (other base rates and multipliers, half-even) and an earlier and later vendor card. */
export function versioned() {
  return cardSetWith(
    cardVersion('internal.2026-11-21.json', '2026-12-15', (card) => ({
      basePerSecondUsd: { std: '0.045', pro: '0.125' },
      modelMultipliers: { ...(card.modelMultipliers as object), 'kling-v3': '1.35' },
      rounding: 'half-even',
    })),
    cardVersion('internal.2026-11-21.json', '2026-10-01', () => ({ clampUsd: { min: '0.50', max: '5.00' } })),
    cardVersion('kling-official-units.2026-09-20.json', '2027-01-01', (card) => ({
      rows: (card.rows as Array<Record<string, unknown>>).slice(3),
    })),
    cardVersion('kling-packages.2026-11-21.json', '2026-12-20', (card) => ({
      packages: (card.packages as Array<Record<string, unknown>>).map((p) =>
        p.id === 'list' ? { ...p, unitPriceUsd: '0.1375' } : p,
      ),
    })),
  );
}
