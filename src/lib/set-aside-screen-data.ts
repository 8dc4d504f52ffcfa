/**
 * Moves a screen's saved data out of its way, deleting nothing: for a screen that fails again
 * after "Try again", whose own link or saved entry may be what breaks it. The link's query and
 * fragment leave the address bar (a copy kept under `kling-calc:backup:link:<time>`); each of
 * the screen's localStorage entries moves to `<key>:backup:<time>`.
 */
import { SCREEN_STORAGE_KEYS } from './screen-storage-keys';
import { describeStorageError } from './storage-error';

const LINK_BACKUP_PREFIX = 'kling-calc:backup:link:';

export interface SetAside {
  /** The link as it was, when it had a query or fragment to drop; null when it had none. */
  readonly link: string | null;
  /** Where the link was kept in this browser; null when it could not be (the user must copy it). */
  readonly linkKey: string | null;
  /** Each entry moved: from its key to its backup key. */
  readonly moved: readonly { readonly from: string; readonly to: string }[];
  /** What could not be kept, for people. */
  readonly problems: readonly string[];
}

function storage(): Storage {
  // Reading `localStorage` itself throws where storage is blocked; the caller describes it.
  return window.localStorage;
}

function keepLink(link: string, key: string, problems: string[]): string | null {
  try {
    storage().setItem(key, link);
    return key;
  } catch (error) {
    problems.push(`The link could not be kept in this browser: copy it now. ${describeStorageError(error)}`);
    return null;
  }
}

export function setAsideScreenData(path: string, time: string = new Date().toISOString()): SetAside {
  const problems: string[] = [];
  const { href, pathname, search, hash } = window.location;
  const link = search || hash ? href : null;
  const linkKey = link === null ? null : keepLink(link, `${LINK_BACKUP_PREFIX}${time}`, problems);
  // Dropped even when it could not be kept: it is shown to copy, and the screen must open clean.
  if (link !== null) window.history.replaceState(null, '', pathname);

  const moved: { from: string; to: string }[] = [];
  for (const from of SCREEN_STORAGE_KEYS[path] ?? []) {
    const to = `${from}:backup:${time}`;
    try {
      const value = storage().getItem(from);
      if (value === null) continue;
      storage().setItem(to, value);
      // Removed only once its copy is written.
      storage().removeItem(from);
      moved.push({ from, to });
    } catch (error) {
      problems.push(`The entry ${from} could not be moved, and is left as it was. ${describeStorageError(error)}`);
    }
  }
  return { link, linkKey, moved, problems };
}
