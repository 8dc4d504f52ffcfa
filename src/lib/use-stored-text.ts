/**
 * Text kept in this browser (localStorage) under one key. Read once, on mount; the browser's
 * refusals (storage full, blocked, private mode) are described for people, never thrown.
 */
import { useState } from 'react';
import { describeStorageError } from './storage-error';

export interface StoredText {
  /** What was kept when the screen opened; null when nothing was (or it could not be read). */
  readonly stored: string | null;
  /** Why the last read or write failed, for people; null when it worked. */
  readonly problem: string | null;
  /** Whether the browser kept it. */
  readonly save: (text: string) => boolean;
  /** Removes the entry: only on the user's word (they emptied it, or chose to keep it elsewhere). */
  readonly remove: () => boolean;
}

function read(key: string): { stored: string | null; problem: string | null } {
  // The build's prerender: nothing kept (a page is hydrated only when nothing is, main.tsx).
  if (typeof window === 'undefined') return { stored: null, problem: null };
  try {
    return { stored: window.localStorage.getItem(key), problem: null };
  } catch (error) {
    return { stored: null, problem: describeStorageError(error) };
  }
}

export function useStoredText(key: string): StoredText {
  const [first] = useState(() => read(key));
  const [problem, setProblem] = useState(first.problem);

  const change = (apply: (storage: Storage) => void) => {
    try {
      apply(window.localStorage);
      setProblem(null);
      return true;
    } catch (error) {
      setProblem(describeStorageError(error));
      return false;
    }
  };

  return {
    stored: first.stored,
    problem,
    save: (text) => change((storage) => storage.setItem(key, text)),
    remove: () => change((storage) => storage.removeItem(key)),
  };
}
