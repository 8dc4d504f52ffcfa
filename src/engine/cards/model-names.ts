/** A model's name as people know it ("Kling O1"), from the vendor cards that name it. */
import type { CardSet } from './card-set';

/** The name a loaded vendor card gives the model (exact cards before approximate ones), else its id. */
export function modelDisplayName(set: CardSet, model: string): string {
  const cards = [...set.vendor.filter((c) => !c.approximate), ...set.vendor.filter((c) => c.approximate)];
  for (const card of cards) {
    const names = card.modelNames;
    if (names && Object.hasOwn(names, model)) return names[model];
  }
  return model;
}

/** How pickers and tables show a model (SPEC §10): "Kling 3.0 · kling-v3", or the id alone when no card names it. */
export function modelLabel(set: CardSet, model: string): string {
  const name = modelDisplayName(set, model);
  return name === model ? model : `${name} · ${model}`;
}
