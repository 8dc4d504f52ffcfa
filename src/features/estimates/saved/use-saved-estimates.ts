/**
 * The saved estimates for a component: the list (re-read after every change, and when another
 * tab changes it), and what the last action said. The store itself is `saved-store`; a store
 * that does not read is set aside after the first render, so the report is never lost to a
 * render React throws away.
 */
import { useCallback, useEffect, useState } from 'react';
import { SAVED_ESTIMATES_KEY } from '../../../lib/screen-storage-keys';
import { blockedList, peekSaved, readSavedEstimates, type SavedList } from './saved-read';

type Outcome =
  | { readonly ok: true; readonly problem: string | null }
  | { readonly ok: false; readonly error: string; readonly problem: string | null };

/** An error for people, with the items it lists (an import's estimates that did not read). */
export interface Alert {
  readonly text: string;
  readonly items: readonly string[];
}

type Access = { readonly storage: Storage } | { readonly storage: null; readonly list: SavedList };

// The build's prerender: nothing saved (a page is hydrated only when nothing is, main.tsx).
const NONE_SAVED: SavedList = { entries: [], problem: null, locked: null, unreadable: null };

function openStorage(): Access {
  if (typeof window === 'undefined') return { storage: null, list: NONE_SAVED };
  try {
    // Reading `localStorage` itself throws where storage is blocked.
    const storage = window.localStorage;
    return { storage };
  } catch (error) {
    return { storage: null, list: blockedList(error) };
  }
}

/** The read list, keeping a report already shown unless it was a lock that has lifted. */
function merge(previous: SavedList, read: SavedList, problem: string | null): SavedList {
  return { ...read, problem: read.problem ?? problem ?? (previous.locked ? null : previous.problem) };
}

export function useSavedEstimates(now: () => Date) {
  const [clock] = useState(() => now);
  const [access] = useState(openStorage);
  const [list, setList] = useState<SavedList>(() =>
    access.storage
      ? { entries: peekSaved(access.storage), problem: null, locked: null, unreadable: null }
      : access.list,
  );
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState<Alert | null>(null);
  const storage = access.storage;

  const refresh = useCallback(
    (problem: string | null) => {
      if (!storage) return;
      // Read here, not in the updater: reading may write a backup, and React may call an updater twice.
      const read = readSavedEstimates(storage, clock());
      setList((previous) => merge(previous, read, problem));
    },
    [storage, clock],
  );

  useEffect(() => {
    if (!storage) return undefined;
    const load = () => refresh(null);
    load();
    const onStorage = (event: StorageEvent) => {
      if (event.key === SAVED_ESTIMATES_KEY || event.key === null) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage, refresh]);

  /** Runs one change; its refusal becomes the alert unless `quiet` (the caller shows it by its field). */
  function run<T extends Outcome>(op: (storage: Storage, now: Date) => T, quiet = false): T | null {
    if (!storage) {
      setAlert({ text: list.locked ?? '', items: [] });
      return null;
    }
    const outcome = op(storage, clock());
    refresh(outcome.problem);
    if (outcome.ok) setAlert(null);
    else if (!quiet) setAlert({ text: outcome.error, items: [] });
    if (!outcome.ok) setStatus('');
    return outcome;
  }

  return { list, status, alert, run, setStatus, setAlert };
}
