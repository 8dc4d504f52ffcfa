/** Keeps the address bar equal to the Quote form. */
import type { QuoteFormValues } from '../../components/request-form/quote-form-schema';
import { toQuoteSearch } from '../../components/request-form/quote-url';
import { useReplaceUrl } from '../../lib/use-replace-url';

export function useUrlSync(values: QuoteFormValues): void {
  useReplaceUrl(toQuoteSearch(values));
}
