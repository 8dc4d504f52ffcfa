/**
 * The internal card read once into what its formula needs: for each model, base(mode) ×
 * res(resolution) × input(type) × model as exact scaled integers at one scale, so a price is
 * one product by the seconds, one rounding and two comparisons; and the clamp's amounts and text.
 */
import { times, toDecimalString, toRatio, usd, type Money, type Ratio } from '../money/money';
import { stampOf, type CardStamp } from './rate-card-common';
import type { InternalCard } from './rate-card-internal';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';

/** One model's products of every (mode, resolution, input type), by `rateIndex`, all at `scale`. */
export interface ModelRates {
  readonly amounts: readonly bigint[];
  readonly scale: bigint;
}

export interface CompiledInternal {
  readonly card: InternalCard;
  readonly stamp: CardStamp;
  /** base(mode) × res(resolution) × input(type), exact, by `rateKey`. */
  readonly rates: ReadonlyMap<string, Money>;
  readonly models: ReadonlyMap<string, Ratio>;
  readonly unknownModel: Ratio;
  /** `rates` × each model's multiplier, by `rateIndex`: what a price multiplies by its seconds. */
  readonly ratesByModel: ReadonlyMap<string, ModelRates>;
  /** `rates` × the multiplier of a model the card does not list. */
  readonly unknownModelRates: ModelRates;
  readonly minUsd: Money;
  readonly maxUsd: Money;
  /** The clamp's amounts as a charge writes them ("0.01", "10.00"). */
  readonly minText: string;
  readonly maxText: string;
}

export const rateKey = (mode: string, resolution: string, input: string): string => `${mode}|${resolution}|${input}`;

/** Where a (mode, resolution, input type) sits in a model's rates; -1 for a word not in the vocabulary. */
export function rateIndex(mode: string, resolution: string, input: string): number {
  const m = (MODES as readonly string[]).indexOf(mode);
  const r = (RESOLUTIONS as readonly string[]).indexOf(resolution);
  const i = (INPUT_TYPES as readonly string[]).indexOf(input);
  return m < 0 || r < 0 || i < 0 ? -1 : (m * RESOLUTIONS.length + r) * INPUT_TYPES.length + i;
}

/** Every rate × one multiplier, brought to the largest scale among them (exact: only zeros are added). */
function ratesTimes(rates: readonly Money[], factor: Ratio): ModelRates {
  const products = rates.map((rate) => times(rate, factor));
  const scale = products.reduce((max, p) => (p.scale > max ? p.scale : max), 0n);
  return { amounts: products.map((p) => p.amount * 10n ** (scale - p.scale)), scale };
}

export function compileInternal(card: InternalCard): CompiledInternal {
  const rates = new Map<string, Money>();
  const byIndex: Money[] = [];
  for (const mode of MODES) {
    for (const resolution of RESOLUTIONS) {
      for (const input of INPUT_TYPES) {
        const base = usd(card.basePerSecondUsd[mode]);
        const rate = times(
          times(base, toRatio(card.resolutionMultipliers[resolution])),
          toRatio(card.inputMultipliers[input]),
        );
        rates.set(rateKey(mode, resolution, input), rate);
        byIndex[rateIndex(mode, resolution, input)] = rate;
      }
    }
  }
  const models = new Map(Object.entries(card.modelMultipliers).map(([model, m]) => [model, toRatio(m)] as const));
  const unknownModel = toRatio(card.unknownModelMultiplier);
  const minUsd = usd(card.clampUsd.min);
  const maxUsd = usd(card.clampUsd.max);
  return {
    card,
    stamp: stampOf(card),
    rates,
    models,
    unknownModel,
    ratesByModel: new Map([...models].map(([model, factor]) => [model, ratesTimes(byIndex, factor)] as const)),
    unknownModelRates: ratesTimes(byIndex, unknownModel),
    minUsd,
    maxUsd,
    minText: toDecimalString(minUsd, 2),
    maxText: toDecimalString(maxUsd, 2),
  };
}
