/** Keeps the address bar equal to the Quote form. */
import type { QuoteFormValues } from '../../components/request-form/quote-form-schema';
import { toQuoteSearch } from '../../components/request-form/quote-url';
import { useReplaceUrl } from '../../lib/use-replace-url';
import { toServiceParams, type ServiceLineInput } from './service-lines';

export function useUrlSync(values: QuoteFormValues, lines: readonly ServiceLineInput[]): void {
  useReplaceUrl(toQuoteSearch(values) + toServiceParams(lines));
}
