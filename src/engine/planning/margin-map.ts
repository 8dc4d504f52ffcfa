/**
 * SPEC §10's margin map: for every model that both the internal card and the default vendor card
 * (Kling's official units) price, every mode × resolution × input type × audio the vendor prices at
 * the chosen duration and package, with our price as billed, the vendor cost, the margin and its
 * mark against the target; per model, the smallest multiplier that brings every shown cell to the
 * target. The screen (`/margins`) and the command line (`--margin-map`) both call `marginMap`.
 */
import type { CardSet } from '../cards/card-set';
import { modelDisplayName } from '../cards/model-names';
import { marginCells, type MarginCell } from './margin-map-cells';
import { marginScope, type MarginMapError, type MarginMapOptions } from './margin-map-scope';
import { multiplierNeeded } from './margin-multiplier';

export type { MarginCell } from './margin-map-cells';
export type { MarginMapError, MarginMapField, MarginMapOptions } from './margin-map-scope';

export interface ModelMargin {
  /** The API id, "kling-v3". */
  readonly model: string;
  /** Its name, "Kling 3.0" (the id when no card names it). */
  readonly name: string;
  /** The internal card's multiplier for the model now (what-ifs and overrides included). */
  readonly multiplier: string;
  /** The smallest, two decimals, that brings every shown cell of the model to the target; null: none can. */
  readonly multiplierNeeded: string | null;
  /** Why `multiplierNeeded` is null: the clamp, or no cell shown. */
  readonly reason: string | null;
}

export interface MarginMap {
  /** By model (the internal card's order), mode, resolution, input type, audio (without first). */
  readonly cells: readonly MarginCell[];
  /** Every model both cards price, in the same order, with or without a shown cell. */
  readonly models: readonly ModelMargin[];
  readonly durationSeconds: number;
  readonly packageId: string;
  readonly targetPct: string;
  /** The date the cards are in force on; null: the newest loaded. */
  readonly asOf: string | null;
  /** The cards that priced it, as `id@version`: internal, vendor, packages. */
  readonly cards: readonly string[];
}

export type MarginMapResult = { readonly ok: true; readonly map: MarginMap } | MarginMapError;

/** The margin map of `set` (the cards in force, overrides and what-ifs applied) at these options. */
export function marginMap(set: CardSet, options: MarginMapOptions): MarginMapResult {
  const checked = marginScope(set, options);
  if (!checked.ok) return checked;
  const scope = checked.scope;
  const compiled = set.compiled.vendor.get(scope.vendorCard);
  const vendorModels = new Set(
    compiled ? compiled.choicesByModel.keys() : scope.vendorCard.rows.flatMap((r) => r.models),
  );
  const multipliers = scope.internalCard.modelMultipliers;
  const cells: MarginCell[] = [];
  const models: ModelMargin[] = [];
  for (const model of Object.keys(multipliers).filter((m) => vendorModels.has(m))) {
    const priced = marginCells(set, model, scope);
    if (!priced.ok) return priced;
    cells.push(...priced.cells.map((c) => c.cell));
    const needed = multiplierNeeded(set, model, priced.cells, scope);
    models.push({
      model,
      name: modelDisplayName(set, model),
      multiplier: multipliers[model],
      multiplierNeeded: needed.multiplier,
      reason: needed.reason,
    });
  }
  return {
    ok: true,
    map: {
      cells,
      models,
      durationSeconds: scope.durationSeconds,
      packageId: scope.packageId,
      targetPct: scope.targetPct,
      asOf: set.asOf,
      cards: scope.cards,
    },
  };
}
