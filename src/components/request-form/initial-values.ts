/** Form values from a link, with the card choices checked against the loaded cards. */
import type { CardSet } from '../../engine';
import { checkCardChoices } from './check-card-choices';
import type { QuoteFormValues } from './quote-form-schema';
import { parseQuoteUrl } from './quote-url';

export function initialValues(search: string, set: CardSet): { values: QuoteFormValues; ignored: string[] } {
  const parsed = parseQuoteUrl(search);
  const checked = checkCardChoices(parsed.values, set);
  return { values: checked.values, ignored: [...parsed.ignored, ...checked.ignored] };
}
