/** Keeps the address bar's query equal to `search`, replacing the history entry (no new one per change). */
import { useEffect } from 'react';
import { joinParts, partName, searchParts } from './url-params';

/**
 * The longest path and query written to the address bar. RFC 9110 asks every sender and
 * recipient to support URIs of at least 8,000 octets; past that a server may answer 414 or
 * 431 on reload. The fragment is never sent, so it does not count.
 */
const MAX_URL_OCTETS = 8000;

/**
 * Parameters that belong to every screen, not to one screen's state: the margin target and the
 * what-if multipliers. A screen writing its own query keeps them, unless it writes them itself.
 */
export const PAGE_PARAMS: readonly string[] = ['target', 'mult'];

/**
 * `search` with the current address's page-wide parameters added, where `search` has none of its
 * own. Both are kept as written, so a what-if stays readable (`mult=kling-v3:1.5`).
 */
export function withPageParams(search: string, current: string = window.location.search): string {
  const own = searchParts(search);
  const named = new Set(own.map(partName));
  const kept = searchParts(current).filter(
    (part) => PAGE_PARAMS.includes(partName(part)) && !named.has(partName(part)),
  );
  return joinParts([...own, ...kept]);
}

/** Writes `search` (and the page-wide parameters) to the address bar; false when too long for a link. */
export function replaceSearch(screenSearch: string): boolean {
  const search = withPageParams(screenSearch);
  if (window.location.search === search) return true;
  if (window.location.pathname.length + search.length > MAX_URL_OCTETS) return false;
  try {
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
    return true;
  } catch {
    // A browser refuses a URL past its own limit; the page keeps working, the link lags.
    return false;
  }
}

export function useReplaceUrl(search: string): void {
  useEffect(() => {
    replaceSearch(search);
  }, [search]);
}
