/** Keeps the address bar's query equal to `search`, replacing the history entry (no new one per change). */
import { useEffect } from 'react';

export function useReplaceUrl(search: string): void {
  useEffect(() => {
    if (window.location.search === search) return;
    try {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    } catch {
      // A browser refuses a URL past its length limit; the page keeps working, the link lags.
    }
  }, [search]);
}
