/** Keeps the address bar's query equal to `search`, replacing the history entry (no new one per change). */
import { useEffect } from 'react';
import { keepWhatIf } from './what-if-url';

/**
 * The longest path and query written to the address bar. RFC 9110 asks every sender and
 * recipient to support URIs of at least 8,000 octets; past that a server may answer 414 or
 * 431 on reload. The fragment is never sent, so it does not count.
 */
export const MAX_URL_OCTETS = 8000;

/**
 * Writes `search` to the address bar, with the what-if (`mult`) it carries now; false when it
 * is too long for a link, which then lags.
 */
export function replaceSearch(screenSearch: string): boolean {
  const search = keepWhatIf(screenSearch, window.location.search);
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
