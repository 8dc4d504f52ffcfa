/**
 * Reads a saved overrides entry with its schema; a corrupt or outdated one is moved, as it
 * was, to a backup key (loaded only when something is saved).
 */
import { asOverrides, NO_OVERRIDES, OverridesSchema, type Overrides } from '../engine';
import { backUpOverrides } from './overrides-backup';
import { describeOverridesIssue } from './overrides-issue';
import { describeStorageError } from './storage-error';

export { applyOverrides } from '../engine';

export interface SavedRead {
  readonly overrides: Overrides;
  readonly problem: string | null;
  /** The entry as stored, when it could be neither read nor backed up: its only copy. */
  readonly unreadable?: string;
}

/** The overrides in a saved entry, or why they cannot be read (one parser for save and load). */
export function parseSaved(raw: string): { ok: true; overrides: Overrides } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const parsed = OverridesSchema.safeParse(json);
  if (parsed.success) return { ok: true, overrides: asOverrides(parsed.data) };
  return { ok: false, reason: describeOverridesIssue(parsed.error.issues[0], json, 'the entry') };
}

export function readSaved(raw: string, key: string, store: Storage | null): SavedRead {
  const read = parseSaved(raw);
  if (read.ok) return { overrides: read.overrides, problem: null };
  let backup: string;
  try {
    if (!store) throw new Error('no storage');
    backup = backUpOverrides(store, raw);
  } catch (error) {
    const problem =
      `Your saved overrides could not be read (${read.reason}) and could not be backed up. ` +
      `${describeStorageError(error)} They stay, unchanged, under ${key}, and the cards are used as published. ` +
      'Saving overrides will not replace them until you download them (Rate cards, "Download the unreadable entry") ' +
      'or free space.';
    return { overrides: NO_OVERRIDES, problem, unreadable: raw };
  }
  try {
    store.removeItem(key);
  } catch {
    // Backed up already: left in place, it is only backed up again before a save replaces it.
  }
  const kept = `They are kept, unchanged, under ${backup}; the cards are used as published.`;
  return { overrides: NO_OVERRIDES, problem: `Your saved overrides could not be read (${read.reason}). ${kept}` };
}
