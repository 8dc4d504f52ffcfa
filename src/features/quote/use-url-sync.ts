/** Keeps the address bar equal to the form: one history entry, replaced on every change. */
import { useEffect } from 'react';
import type { QuoteFormValues } from './quote-form-schema';
import { toQuoteSearch } from './quote-url';

export function useUrlSync(values: QuoteFormValues): void {
  const search = toQuoteSearch(values);
  useEffect(() => {
    if (window.location.search !== search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [search]);
}
