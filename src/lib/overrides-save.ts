/**
 * Writes the user's overrides (SPEC §5) without losing what they replace: an entry that
 * cannot be read is backed up first, and is never overwritten while it is its only copy;
 * on request (an import, a clear) a readable entry is backed up too. Only the Rate cards screen loads this.
 */
import type { CardSet, Overrides } from '../engine';
import { backUpOverrides } from './overrides-backup';
import { OVERRIDES_KEY, setOverrides } from './overrides-store';
import { parseSaved } from './overrides-validate';
import { describeStorageError } from './storage-error';

export interface SaveOptions {
  /** Keep the entry replaced under a backup key, or refuse: an import or a clear replaces all of it. */
  readonly keepPrevious?: 'import' | 'clear';
  /** The unreadable entry as the user downloaded it: if it is still the one stored, their file may be its only copy. */
  readonly downloaded?: string;
}

/** Saved (with where what it replaced is kept, if anywhere), or why not, in words for people. */
export type SaveOutcome =
  | { readonly ok: true; readonly backupKey: string | null; readonly replacedUnreadable: boolean }
  | { readonly ok: false; readonly error: string };

function refusal(unreadable: boolean, error: unknown, action: SaveOptions['keepPrevious']): string {
  if (unreadable) {
    return (
      `Not saved: your saved overrides could not be read and could not be backed up. ${describeStorageError(error)} ` +
      'Saving now would replace them: keep a copy with "Download the unreadable entry", or free space, then save again.'
    );
  }
  if (action === 'clear') {
    return (
      `Not cleared: your saved overrides could not be backed up first. ${describeStorageError(error)} ` +
      'Keep them with Export (JSON), or free space, then clear again.'
    );
  }
  return (
    `Not imported: your saved overrides could not be backed up first. ${describeStorageError(error)} ` +
    'Keep them with Export (JSON), then Clear overrides and import again.'
  );
}

function forget(store: Storage, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // A spare backup left behind costs space, never data.
  }
}

type Apply = (set: CardSet, overrides: Overrides) => CardSet;

export function saveOverrides(overrides: Overrides, apply: Apply, options: SaveOptions = {}): SaveOutcome {
  let store: Storage;
  let previous: string | null;
  try {
    store = window.localStorage;
    previous = store.getItem(OVERRIDES_KEY);
  } catch (error) {
    return { ok: false, error: `Not saved. ${describeStorageError(error)}` };
  }
  const unreadable = previous !== null && !parseSaved(previous).ok;
  let backupKey: string | null = null;
  if (previous !== null && (unreadable || options.keepPrevious)) {
    try {
      backupKey = backUpOverrides(store, previous);
    } catch (error) {
      if (!(unreadable && previous === options.downloaded))
        return { ok: false, error: refusal(unreadable, error, options.keepPrevious) };
    }
  }
  try {
    store.setItem(OVERRIDES_KEY, JSON.stringify(overrides));
  } catch (error) {
    // The entry is still in place: a backup of it would only take space.
    if (backupKey !== null) forget(store, backupKey);
    return { ok: false, error: `Not saved. ${describeStorageError(error)}` };
  }
  setOverrides(overrides, apply);
  return { ok: true, backupKey, replacedUnreadable: unreadable };
}
