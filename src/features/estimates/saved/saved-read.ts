/**
 * Reads the saved estimates from the one key they live under. A store that does not read (not
 * JSON, not a list, an entry that does not read) is never lost: its text is copied, exactly, to
 * a new backup key, the entries that do read become the store, and the user is told where the
 * copy is. When even the copy cannot be written, the store is left as it is and locked: no write
 * may replace it. Pure over the `Storage` passed in.
 */
import { SAVED_ESTIMATES_KEY } from '../../../lib/screen-storage-keys';
import { describeStorageError } from '../../../lib/storage-error';
import { firstIssue, readEntry, type SavedEstimate } from './saved-entry';

export const BACKUP_PREFIX = 'kling-calc:estimates:backup:';

export interface SavedList {
  readonly entries: readonly SavedEstimate[];
  /** What did not read and where it is kept, for people; null when everything read. */
  readonly problem: string | null;
  /** Why nothing may be written (storage blocked, or an unreadable store that could not be kept); null: writable. */
  readonly locked: string | null;
  /** The store's text when it is locked because it did not read: its only copy, for the user to download. */
  readonly unreadable: string | null;
}

interface Inspection {
  readonly entries: readonly SavedEstimate[];
  /** Null when all of it read; else how many entries did not (null: the whole store) and the first reason. */
  readonly bad: { readonly count: number | null; readonly reason: string } | null;
}

/** What a store's text holds, without writing anything. */
export function inspectSaved(raw: string | null): Inspection {
  if (raw === null) return { entries: [], bad: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { entries: [], bad: { count: null, reason: 'it is not valid JSON' } };
  }
  if (!Array.isArray(value)) return { entries: [], bad: { count: null, reason: 'it is not a list of estimates' } };
  const entries: SavedEstimate[] = [];
  const ids = new Set<string>();
  let count = 0;
  let reason = '';
  for (const item of value) {
    const read = readEntry(item);
    const problem = !read.ok ? firstIssue(read.issues) : ids.has(read.entry.id) ? 'id: is used twice' : null;
    if (problem === null && read.ok) {
      entries.push(read.entry);
      ids.add(read.entry.id);
      continue;
    }
    count += 1;
    reason ||= problem ?? '';
  }
  return { entries, bad: count === 0 ? null : { count, reason } };
}

/** The store as its entries are written back. */
export function storeText(entries: readonly SavedEstimate[]): string {
  return JSON.stringify(entries.map(({ id, name, savedAt, file }) => ({ id, name, savedAt, file })));
}

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/**
 * Copies the store's text, exactly, to `kling-calc:estimates:backup:<time>` (`-2`, `-3`, … when
 * that key is taken: a backup is never overwritten), or names the backup that already holds it.
 * Throws what the storage throws, having written nothing.
 */
export function backUpStore(storage: Storage, raw: string, now: Date): string {
  const same = keysOf(storage).find((key) => key.startsWith(BACKUP_PREFIX) && storage.getItem(key) === raw);
  if (same !== undefined) return same;
  const stamp = `${BACKUP_PREFIX}${now.toISOString()}`;
  let key = stamp;
  for (let n = 2; storage.getItem(key) !== null; n += 1) key = `${stamp}-${n}`;
  storage.setItem(key, raw);
  return key;
}

function describeBad(bad: NonNullable<Inspection['bad']>): string {
  if (bad.count === null) return `The saved estimates could not be read (${bad.reason})`;
  const what = bad.count === 1 ? '1 saved estimate' : `${bad.count} saved estimates`;
  return `${what} could not be read (${bad.reason})`;
}

/** The entries that read, without writing anything (for a first render). */
export function peekSaved(storage: Storage): readonly SavedEstimate[] {
  try {
    return inspectSaved(storage.getItem(SAVED_ESTIMATES_KEY)).entries;
  } catch {
    return [];
  }
}

/** A store this browser will not let the app read. */
export function blockedList(error: unknown): SavedList {
  const locked = `Saved estimates cannot be kept here. ${describeStorageError(error)}`;
  return { entries: [], problem: locked, locked, unreadable: null };
}

/** The saved estimates; a store that does not read is set aside first (see the file's comment). */
export function readSavedEstimates(storage: Storage, now: Date = new Date()): SavedList {
  let raw: string | null;
  try {
    raw = storage.getItem(SAVED_ESTIMATES_KEY);
  } catch (error) {
    return blockedList(error);
  }
  const seen = inspectSaved(raw);
  if (seen.bad === null || raw === null)
    return { entries: seen.entries, problem: null, locked: null, unreadable: null };
  const what = describeBad(seen.bad);
  let backupKey: string;
  try {
    backupKey = backUpStore(storage, raw, now);
  } catch (error) {
    const locked =
      `${what}, and could not be set aside. ${describeStorageError(error)} The store is left as it was under ` +
      `${SAVED_ESTIMATES_KEY}, and nothing is saved over it until it can be kept: download it, or free space.`;
    return { entries: seen.entries, problem: locked, locked, unreadable: raw };
  }
  try {
    storage.setItem(SAVED_ESTIMATES_KEY, storeText(seen.entries));
  } catch {
    // Kept under its backup key already: the next write replaces it with the entries that read.
  }
  const problem = `${what}; the store as it was is kept in this browser under ${backupKey}.`;
  return { entries: seen.entries, problem, locked: null, unreadable: null };
}
