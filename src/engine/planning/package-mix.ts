/** A mix of prepaid packages: what to buy, what it costs, and what is used, expires and runs at once. */
import type { Money } from '../money/money';

export interface MixItem {
  readonly packageId: string;
  readonly label: string;
  readonly count: number;
  readonly priceUsd: string;
  readonly units: number;
  readonly validityDays: number | null;
}

export type PackageMix =
  | {
      readonly ok: true;
      readonly items: readonly MixItem[];
      readonly totalUsd: string;
      readonly total: Money;
      readonly unitsBought: string;
      readonly unitsUsed: string;
      readonly unitsExpiring: string;
      /** Total price ÷ units used, to 6 decimals. */
      readonly effectiveUnitPriceUsd: string;
      /** The highest concurrency among the packages bought (seed 003: it is not additive). */
      readonly concurrency: number | null;
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };
