/**
 * Margin maps (SPEC §10) for tests: the shipped cards as of one date, a fixture internal card with a
 * low clamp, the target test done by hand on the decimal strings, and the brute-force search for the
 * multiplier needed, one cent at a time, with the engine's own quote.
 */
import { applyOverrides, cardsInForce, marginMap, NO_OVERRIDES, quote, type CardSet } from '../../src/engine';
import type { MarginMap, MarginMapOptions } from '../../src/engine/planning/margin-map';
import type { MarginCell } from '../../src/engine/planning/margin-map-cells';
import { cardSetWith, cardVersion } from './card-fixtures';
import { AS_OF, shipped } from './estimates';

export { AS_OF, shipped };

/** The shipped cards but an internal card, in force from 2026-11-25, clamped from `minUsd` to `maxUsd`. */
export function clampedAt(maxUsd: string, minUsd = '0.01'): CardSet {
  const low = cardVersion('internal.2026-11-21.json', '2026-11-25', () => ({ clampUsd: { min: minUsd, max: maxUsd } }));
  return cardsInForce(cardSetWith(low), AS_OF);
}

export function mapOf(set: CardSet, options: MarginMapOptions): MarginMap {
  const result = marginMap(set, options);
  if (!result.ok) throw new Error(result.error);
  return result.map;
}

/** A decimal string × 10^10, exactly (the figures here have at most 10 decimals). */
function fixed(text: string): bigint {
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  if (fraction.length > 10) throw new Error(`too many decimals: ${text}`);
  const value = BigInt(whole) * 10n ** 10n + BigInt(fraction.padEnd(10, '0'));
  return text.startsWith('-') ? -value : value;
}

/** (internal − vendor) ÷ internal × 100 ≥ target, on the decimal strings. */
export function meetsByHand(internalUsd: string, vendorUsd: string, targetPct: string): boolean {
  const i = fixed(internalUsd);
  return (i - fixed(vendorUsd)) * 100n * 10n ** 10n >= fixed(targetPct) * i;
}

/** The model's cells, the dearest at the vendor first (those most likely to miss the target). */
function cellsOf(map: MarginMap, model: string): MarginCell[] {
  const cells = map.cells.filter((c) => c.model === model);
  return cells.sort((a, b) =>
    fixed(b.vendorUsd) > fixed(a.vendorUsd) ? 1 : fixed(b.vendorUsd) < fixed(a.vendorUsd) ? -1 : 0,
  );
}

/** The cell requoted on `set` (its multiplier set): our price, the vendor's, whether the clamp capped it. */
function requoteCell(set: CardSet, map: MarginMap, c: MarginCell) {
  const request = { ...requestOf(c), durationSeconds: map.durationSeconds };
  const result = quote(request, set, { packageId: map.packageId });
  if (!result.ok || result.quote.vendor.used.status !== 'priced') throw new Error(`${c.model}: not priced`);
  const charged = result.quote.internal.charged;
  return { internalUsd: charged.usd, vendorUsd: result.quote.vendor.used.usd, capped: charged.clamp.applied === 'cap' };
}

/** The set with the model's multiplier changed; its vendor discount (an override already applied) kept. */
const withMultiplier = (set: CardSet, model: string, multiplier: string) =>
  applyOverrides(set, {
    ...NO_OVERRIDES,
    modelMultipliers: { [model]: multiplier },
    vendorDiscountPct: set.vendorDiscountPct ?? null,
  });

/** Every cell of the model requoted with its multiplier set to `multiplier`. */
export function requote(set: CardSet, map: MarginMap, model: string, multiplier: string) {
  const priced = withMultiplier(set, model, multiplier);
  return cellsOf(map, model).map((c) => requoteCell(priced, map, c));
}

/** Whether every cell of the model meets the map's target at `multiplier`. */
export function allMeet(set: CardSet, map: MarginMap, model: string, multiplier: string): boolean {
  const priced = withMultiplier(set, model, multiplier);
  return cellsOf(map, model).every((c) => {
    const q = requoteCell(priced, map, c);
    return meetsByHand(q.internalUsd, q.vendorUsd, map.targetPct);
  });
}

export function requestOf(c: MarginCell) {
  return { model: c.model, mode: c.mode, resolution: c.resolution, inputType: c.input, audio: c.audio };
}

/** Cents as a multiplier's text: 175 → "1.75". */
export const cents = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/**
 * The multiplier needed, found the long way: 0.01, 0.02, … until every cell of the model meets the
 * target; null once every cell is at the clamp's maximum and some still do not (nothing changes after).
 * A step stops at the first cell that misses the target below the clamp's maximum.
 */
export function bruteForceMultiplier(set: CardSet, map: MarginMap, model: string): string | null {
  const cells = cellsOf(map, model);
  if (cells.length === 0) return null;
  for (let n = 1; ; n += 1) {
    const priced = withMultiplier(set, model, cents(n));
    let meet = true;
    let capped = true;
    for (const c of cells) {
      const q = requoteCell(priced, map, c);
      meet &&= meetsByHand(q.internalUsd, q.vendorUsd, map.targetPct);
      capped &&= q.capped;
      if (!meet && !capped) break;
    }
    if (meet) return cents(n);
    if (capped) return null;
  }
}
