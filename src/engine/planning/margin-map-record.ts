/**
 * A margin map as SPEC §10's JSON (the command line's `--margin-map --json`): SPEC's keys first,
 * in SPEC's order, then what this product adds: each cell's `standing`, each model's `name`,
 * `multiplier` and `reason`, and the map's `duration`, `package`, `target_pct`, `as_of`, `cards`.
 * Money is decimal text, as everywhere.
 */
import type { MarginMap } from './margin-map';

export function toMarginMapRecord(map: MarginMap) {
  return {
    cells: map.cells.map((c) => ({
      model: c.model,
      mode: c.mode,
      resolution: c.resolution,
      input: c.input,
      audio: c.audio,
      internal_usd: c.internalUsd,
      vendor_usd: c.vendorUsd,
      margin_usd: c.marginUsd,
      margin_pct: c.marginPct,
      standing: c.standing,
    })),
    models: map.models.map((m) => ({
      model: m.model,
      multiplier_needed: m.multiplierNeeded,
      name: m.name,
      multiplier: m.multiplier,
      reason: m.reason,
    })),
    duration: map.durationSeconds,
    package: map.packageId,
    target_pct: map.targetPct,
    as_of: map.asOf,
    cards: map.cards,
  };
}
