/**
 * The what-if in the address bar (SPEC §10): its `mult` parameters, read here. Screens that
 * rewrite their own query keep them (`withPageParams`), so the link always carries the what-if;
 * they are written by `what-if-url-edit`, off the first page. This reads no value: the engine
 * does (`parseWhatIf`), also off the first page.
 */
import { useSyncExternalStore } from 'react';
import { partName, searchParts } from './url-params';

export const WHAT_IF_PARAM = 'mult';
/** The event a write of the what-if dispatches on `window`. */
export const WHAT_IF_CHANGED = 'kling-calc:what-if';

/** The `mult` values of a search string, decoded, in order. */
export function whatIfValues(search: string): string[] {
  return new URLSearchParams(search).getAll(WHAT_IF_PARAM);
}

function subscribe(listener: () => void) {
  window.addEventListener(WHAT_IF_CHANGED, listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener(WHAT_IF_CHANGED, listener);
    window.removeEventListener('popstate', listener);
  };
}

// The `mult` part of the address as one string: a value that stays equal while it does not change.
const snapshot = () =>
  searchParts(window.location.search)
    .filter((part) => partName(part) === WHAT_IF_PARAM)
    .join('&');

// A prerendered page had no query: none while it hydrates (main.tsx hydrates only then).
const noWhatIf = () => '';

/** The `mult` parameters of the address bar now (`mult=kling-v3:1.5&…`), re-read whenever they are written. */
export function useWhatIfSearch(): string {
  return useSyncExternalStore(subscribe, snapshot, noWhatIf);
}
