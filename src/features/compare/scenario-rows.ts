/** Every configuration priced at every volume: the engine's figures, ready for tables and charts. */
import { costAtVolume, quote, type CardSet, type Quote, type VolumeAssumptions, type VolumeCost } from '../../engine';
import { toQuoteRequest } from '../../components/request-form/quote-form-schema';
import { quoteOptionsFor } from '../../components/request-form/quote-options';
import type { Configuration } from './compare-state';

export interface PricedConfig {
  readonly label: string;
  readonly quote: Quote | null;
  readonly error: string | null;
}

export function priceConfigs(configs: readonly Configuration[], set: CardSet): PricedConfig[] {
  return configs.map((c) => {
    const result = quote(toQuoteRequest(c.values), set, quoteOptionsFor(c.values, set));
    return result.ok
      ? { label: c.label, quote: result.quote, error: null }
      : { label: c.label, quote: null, error: result.error };
  });
}

export interface VolumeRow {
  readonly volume: number;
  readonly costs: ReadonlyArray<VolumeCost | null>;
}

export function volumeRows(
  priced: readonly PricedConfig[],
  volumes: readonly number[],
  assumptions: VolumeAssumptions,
): VolumeRow[] {
  return volumes.map((volume) => ({
    volume,
    costs: priced.map((p) => (p.quote ? costAtVolume(p.quote, volume, assumptions) : null)),
  }));
}

/** Chart coordinates: numbers only at this edge; tooltips read the exact strings beside them. */
export function chartData(rows: readonly VolumeRow[]) {
  return rows.map((row) => {
    const point: Record<string, number | string | null> = { volume: row.volume };
    row.costs.forEach((c, i) => {
      point[`internal${i}`] = c ? Number(c.internalUsd) : null;
      point[`vendor${i}`] = c?.vendorUsd ? Number(c.vendorUsd) : null;
      point[`margin${i}`] = c?.marginUsd ? Number(c.marginUsd) : null;
      point[`internal${i}Exact`] = c?.internalUsd ?? null;
      point[`vendor${i}Exact`] = c?.vendorUsd ?? null;
      point[`margin${i}Exact`] = c?.marginUsd ?? null;
    });
    return point;
  });
}
