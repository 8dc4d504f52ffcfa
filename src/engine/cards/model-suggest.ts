/**
 * SPEC §10: a model name no card knows is never applied silently. These are the ids the loaded
 * cards know, and the nearest of them to a name typed: by its id or by the name people know it
 * by ("Kling 3.0" → kling-v3), compared without case, spaces or punctuation.
 */
import type { CardSet } from './card-set';
import { editDistance } from './edit-distance';

/** At most this many ids are suggested. */
const MAX_SUGGESTIONS = 3;

/** Every model id on a loaded card, every version: the internal card's multipliers and the vendor cards' rows. */
export function knownModels(set: CardSet): ReadonlySet<string> {
  const known = new Set<string>();
  for (const card of set.versions.internal) for (const m of Object.keys(card.modelMultipliers)) known.add(m);
  for (const card of [...set.versions.vendor, ...set.vendor]) {
    for (const row of card.rows) for (const m of row.models) known.add(m);
    for (const m of Object.keys(card.modelNames ?? {})) known.add(m);
  }
  return known;
}

/** Lower case, letters and digits only: "Kling 3.0" and "kling-3.0" read alike. */
function plain(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The names the vendor cards give each model, every version ("kling-v3" → ["Kling 3.0"]). */
function namesById(set: CardSet): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const card of [...set.versions.vendor, ...set.vendor]) {
    for (const [id, name] of Object.entries(card.modelNames ?? {})) names.set(id, [...(names.get(id) ?? []), name]);
  }
  return names;
}

/**
 * The known ids nearest to `typed`, by id or by name: those at the fewest edits, if that is
 * within a quarter of its length (at least one). Empty when none is close.
 */
export function suggestModels(set: CardSet, typed: string): string[] {
  const target = plain(typed).slice(0, 200);
  if (target === '') return [];
  const limit = Math.max(1, Math.floor(target.length / 4));
  const names = namesById(set);
  const scored: Array<{ id: string; distance: number }> = [];
  for (const id of knownModels(set)) {
    if (id === typed) continue;
    const distance = Math.min(...[id, ...(names.get(id) ?? [])].map((text) => editDistance(target, plain(text))));
    if (distance <= limit) scored.push({ id, distance });
  }
  const best = Math.min(...scored.map((s) => s.distance));
  return scored
    .filter((s) => s.distance === best)
    .map((s) => s.id)
    .sort()
    .slice(0, MAX_SUGGESTIONS);
}

/** "did you mean kling-v3?", "did you mean kling-v1-5 or kling-v1.5?", or null when nothing is close. */
export function didYouMean(suggestions: readonly string[]): string | null {
  if (suggestions.length === 0) return null;
  const last = suggestions[suggestions.length - 1];
  const list = suggestions.length === 1 ? last : `${suggestions.slice(0, -1).join(', ')} or ${last}`;
  return `did you mean ${list}?`;
}
