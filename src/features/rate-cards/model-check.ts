/**
 * SPEC §10: a model multiplier for a model no card knows is not saved silently. Each such row
 * is named with the nearest known ids, and saved only once the user confirms it.
 */
import { didYouMean, knownModels, ModelNameSchema, suggestModels, type CardSet } from '../../engine';
import type { DraftRow } from './overrides-draft';

/** A multiplier row whose model no card knows. */
export interface ModelCheck {
  readonly index: number;
  readonly model: string;
  readonly suggestions: readonly string[];
  /** A valid id: it may be saved anyway. False: not an id at all ("Kling 3.0"). */
  readonly valid: boolean;
}

/**
 * The multiplier rows naming a model no loaded card knows, nor a custom rate in the draft,
 * and that the user has not confirmed.
 */
export function checkModels(
  rows: readonly DraftRow[],
  cards: CardSet,
  also: readonly string[],
  confirmed: ReadonlySet<string>,
): ModelCheck[] {
  const known = new Set([...knownModels(cards), ...also.map((m) => m.trim())]);
  return rows.flatMap((row, index) => {
    const model = row.model.trim();
    if (model === '' || known.has(model) || confirmed.has(model)) return [];
    return [
      { index, model, suggestions: suggestModels(cards, model), valid: ModelNameSchema.safeParse(model).success },
    ];
  });
}

/** The row's message, or null to keep the field's own (an invalid name with nothing close). */
export function modelCheckMessage(check: ModelCheck): string | null {
  const guess = didYouMean(check.suggestions);
  if (!check.valid) return guess ? `${JSON.stringify(check.model)} is not a model id: ${guess}` : null;
  return guess
    ? `${check.model} is not a model on the loaded cards: ${guess} Not saved.`
    : `${check.model} is not a model on the loaded cards, and none is close. Not saved.`;
}
