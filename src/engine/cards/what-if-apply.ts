/**
 * A what-if (SPEC §10) applied to a card set: the internal card's model multiplier replaced,
 * on top of the user's overrides, in every version of the card, so that the set in force on
 * any date (`cardsInForce`) carries it too. A model no card knows is not applied unless the
 * user confirmed it (`anyway`): it comes back with the nearest known ids.
 */
import { findInternalCard, withCards, type CardSet } from './card-set';
import { cardMultiplier } from './model-multiplier';
import { knownModels, suggestModels } from './model-suggest';
import type { InternalCard } from './rate-card-internal';
import type { WhatIfFactor } from './what-if';

/** A what-if in use, and what the internal card in force says without it. */
export interface AppliedWhatIf {
  readonly model: string;
  readonly factor: string;
  /** The model's multiplier without the what-if: the card's own, or the user's saved override. */
  readonly cardFactor: string;
  /** False: the card does not list the model, and `cardFactor` is its default for such models. */
  readonly listed: boolean;
  /** False: no card knows the model; applied because the user confirmed it. */
  readonly known: boolean;
}

/** A what-if not applied: no card knows its model. */
export interface UnknownWhatIf {
  readonly whatIf: WhatIfFactor;
  /** The nearest known ids, nearest first; empty when none is close. */
  readonly suggestions: readonly string[];
}

export interface WhatIfResult {
  /** The cards with every applied what-if; `set` itself when none applies. */
  readonly set: CardSet;
  readonly applied: readonly AppliedWhatIf[];
  readonly unknown: readonly UnknownWhatIf[];
}

/** The suffix on an internal card's version while a what-if changes it (`internal@2026-11-21+what-if`). */
export const WHAT_IF_STAMP = '+what-if';

export function applyWhatIf(set: CardSet, whatIfs: readonly WhatIfFactor[]): WhatIfResult {
  const card = findInternalCard(set);
  if (!card || whatIfs.length === 0) return { set, applied: [], unknown: [] };
  const known = knownModels(set);
  const applied: AppliedWhatIf[] = [];
  const unknown: UnknownWhatIf[] = [];
  for (const whatIf of whatIfs) {
    const isKnown = known.has(whatIf.model);
    if (!isKnown && !whatIf.anyway) {
      unknown.push({ whatIf, suggestions: suggestModels(set, whatIf.model) });
      continue;
    }
    const { factor: cardFactor, listed } = cardMultiplier(card, whatIf.model);
    applied.push({ model: whatIf.model, factor: whatIf.factor, cardFactor, listed, known: isKnown });
  }
  if (applied.length === 0) return { set, applied, unknown };
  const multipliers = Object.fromEntries(applied.map((a) => [a.model, a.factor]));
  const tried = (c: InternalCard): InternalCard => ({
    ...c,
    version: `${c.version}${WHAT_IF_STAMP}`,
    modelMultipliers: { ...c.modelMultipliers, ...multipliers },
  });
  // One changed copy of each card, shared by `internal` and `versions`: `cardsInForce` finds it by identity.
  const copies = new Map(set.versions.internal.map((c) => [c, tried(c)]));
  const next = withCards({
    ...set,
    internal: set.internal.map((c) => copies.get(c) ?? tried(c)),
    versions: { ...set.versions, internal: [...copies.values()] },
  });
  return { set: next, applied, unknown };
}
