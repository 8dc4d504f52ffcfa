/**
 * The what-if in the address bar (SPEC §10): the `mult` parameters, read and written here and
 * nowhere else, every other parameter left as it was. Screens that rewrite their own query keep
 * them through `keepWhatIf` (`replaceSearch` calls it), so the link always carries the what-if.
 * It reads no value: the engine does (`parseWhatIf`), off the first page.
 */
import { useSyncExternalStore } from 'react';

export const WHAT_IF_PARAM = 'mult';
const CHANGED = 'kling-calc:what-if';

function isWhatIfPart(part: string): boolean {
  return part.split('=', 1)[0] === WHAT_IF_PARAM;
}

/** A search string's parts (`a=1`), in order, none empty. */
function parts(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '');
}

function joined(list: readonly string[]): string {
  return list.length > 0 ? `?${list.join('&')}` : '';
}

/** A value written readably: `kling-v3:1.5`, not `kling-v3%3A1.5` (both read alike). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/** The `mult` values of a search string, decoded, in order. */
export function whatIfValues(search: string): string[] {
  return new URLSearchParams(search).getAll(WHAT_IF_PARAM);
}

/** `search` with its `mult` parameters replaced by `values` (none: removed); the rest untouched. */
export function withWhatIfValues(search: string, values: readonly string[]): string {
  const others = parts(search).filter((p) => !isWhatIfPart(p));
  return joined([...others, ...values.map((v) => `${WHAT_IF_PARAM}=${encodeValue(v)}`)]);
}

/** A screen's own query (`search`) with the `mult` parameters of `current`, unless it has its own. */
export function keepWhatIf(search: string, current: string): string {
  const own = parts(search);
  if (own.some(isWhatIfPart)) return search;
  const kept = parts(current).filter(isWhatIfPart);
  return kept.length === 0 ? search : joined([...own, ...kept]);
}

/** Writes the what-ifs to the address bar (a replaced entry, no new one) and tells every screen. */
export function setWhatIfValues(values: readonly string[]): void {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${withWhatIfValues(search, values)}${hash}`);
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(listener: () => void) {
  window.addEventListener(CHANGED, listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('popstate', listener);
  };
}

// The `mult` part of the address as one string: a value that stays equal while it does not change.
const snapshot = () => parts(window.location.search).filter(isWhatIfPart).join('&');

/** The `mult` parameters of the address bar now (`mult=kling-v3:1.5&…`), re-read whenever they are written. */
export function useWhatIfSearch(): string {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
