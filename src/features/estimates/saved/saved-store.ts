/**
 * Saved estimates in the browser: save, update, rename, duplicate, delete. Every
 * write reads the store first (another tab may have changed it; a store that does not read is
 * set aside, `saved-read`), changes the list, and writes it back in one `setItem`: it happens
 * whole, or not at all with a reason for people. Pure over the `Storage` passed in.
 */
import { readEstimateFile, type EstimateFile } from '../../../engine';
import { SAVED_ESTIMATES_KEY } from '../../../lib/screen-storage-keys';
import { describeStorageError } from '../../../lib/storage-error';
import { checkName, defaultName, firstIssue, freeName, namesOf, type SavedEstimate } from './saved-entry';
import { readSavedEstimates, storeText } from './saved-read';

export type WriteOutcome =
  | {
      readonly ok: true;
      /** The entry written (null for a delete). */
      readonly entry: SavedEstimate | null;
      /** A store set aside on the way, for people (see `readSavedEstimates`). */
      readonly problem: string | null;
    }
  | { readonly ok: false; readonly error: string; readonly problem: string | null };

/** The list after a change, and the entry it is about; or why not. */
export type Edit = { readonly entries: SavedEstimate[]; readonly entry: SavedEstimate | null } | string;

/** Reads, edits and writes the store once; `verb` names the refusal ("Not saved"). */
export function changeSaved(
  storage: Storage,
  now: Date,
  verb: string,
  edit: (entries: readonly SavedEstimate[]) => Edit,
): WriteOutcome {
  const list = readSavedEstimates(storage, now);
  if (list.locked !== null) return { ok: false, error: `${verb}. ${list.locked}`, problem: list.problem };
  const next = edit(list.entries);
  if (typeof next === 'string') return { ok: false, error: `${verb}: ${next}`, problem: list.problem };
  try {
    storage.setItem(SAVED_ESTIMATES_KEY, storeText(next.entries));
  } catch (error) {
    return { ok: false, error: `${verb}. ${describeStorageError(error)}`, problem: list.problem };
  }
  return { ok: true, entry: next.entry, problem: list.problem };
}

/** An id no entry has: the time and a random part (`crypto.randomUUID` needs a secure context). */
export function newId(entries: readonly SavedEstimate[], now: Date): string {
  const taken = new Set(entries.map((e) => e.id));
  for (;;) {
    const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}

function checkFile(file: unknown): EstimateFile | string {
  const read = readEstimateFile(file);
  return read.ok ? read.file : `the estimate does not read (${firstIssue(read.issues)})`;
}

const GONE = 'that estimate is no longer saved in this browser (deleted in another tab?)';

/**
 * Saves the estimate as a new entry, first in the list. The name is the customer's when none is
 * typed; a name another entry has gets a number ("Acme (2)").
 */
export function saveEstimate(storage: Storage, file: EstimateFile, name = '', now = new Date()): WriteOutcome {
  const checked = checkFile(file);
  if (typeof checked === 'string') return { ok: false, error: `Not saved: ${checked}`, problem: null };
  const named = name.trim() === '' ? { ok: true as const, name: defaultName(checked) } : checkName(name);
  if (!named.ok) return { ok: false, error: `Not saved: the name ${named.error}.`, problem: null };
  return changeSaved(storage, now, 'Not saved', (entries) => {
    const entry = {
      id: newId(entries, now),
      name: freeName(named.name, namesOf(entries), null),
      savedAt: now.toISOString(),
      file: checked,
    };
    return { entries: [entry, ...entries], entry };
  });
}

/** Replaces a saved entry's estimate (same id, same name, saved now). */
export function updateEstimate(storage: Storage, id: string, file: EstimateFile, now = new Date()): WriteOutcome {
  const checked = checkFile(file);
  if (typeof checked === 'string') return { ok: false, error: `Not saved: ${checked}`, problem: null };
  return changeSaved(storage, now, 'Not saved', (entries) => {
    const old = entries.find((e) => e.id === id);
    if (!old) return GONE;
    const entry = { ...old, savedAt: now.toISOString(), file: checked };
    return { entries: entries.map((e) => (e.id === id ? entry : e)), entry };
  });
}

/** Renames an entry; a name another entry has is refused (names tell entries apart in the list). */
export function renameEstimate(storage: Storage, id: string, name: string, now = new Date()): WriteOutcome {
  const named = checkName(name);
  if (!named.ok) return { ok: false, error: `Not renamed: the name ${named.error}.`, problem: null };
  return changeSaved(storage, now, 'Not renamed', (entries) => {
    const old = entries.find((e) => e.id === id);
    if (!old) return GONE;
    if (entries.some((e) => e.id !== id && e.name === named.name)) {
      return `another saved estimate is already called “${named.name}”.`;
    }
    const entry = { ...old, name: named.name };
    return { entries: entries.map((e) => (e.id === id ? entry : e)), entry };
  });
}

/** A copy of an entry, right after it: "Acme (copy)", then "Acme (copy 2)", … */
export function duplicateEstimate(storage: Storage, id: string, now = new Date()): WriteOutcome {
  return changeSaved(storage, now, 'Not duplicated', (entries) => {
    const at = entries.findIndex((e) => e.id === id);
    const old = entries[at];
    if (!old) return GONE;
    const name = freeName(old.name, namesOf(entries), 'copy', false);
    const entry = { ...old, id: newId(entries, now), name, savedAt: now.toISOString() };
    return { entries: [...entries.slice(0, at + 1), entry, ...entries.slice(at + 1)], entry };
  });
}

/** Deletes an entry (one already gone is not an error). */
export function deleteEstimate(storage: Storage, id: string, now = new Date()): WriteOutcome {
  return changeSaved(storage, now, 'Not deleted', (entries) => ({
    entries: entries.filter((e) => e.id !== id),
    entry: null,
  }));
}
