/** The form's first values: the URL's, with a vendor card or package the cards do not know dropped. */
import { DEFAULT_VENDOR_CARD_ID, packagesFor, type CardSet } from '../../engine';
import { DEFAULT_VALUES, type QuoteFormValues } from './quote-form-schema';
import { parseQuoteUrl } from './quote-url';

export function initialValues(search: string, set: CardSet): { values: QuoteFormValues; ignored: string[] } {
  const { values, ignored } = parseQuoteUrl(search);
  const next = { ...values };
  const problems = [...ignored];
  const card = set.vendor.find((c) => c.id === next.vendor);
  if (!card) {
    if (next.vendor !== DEFAULT_VENDOR_CARD_ID) problems.push(`vendor (${JSON.stringify(next.vendor)})`);
    next.vendor = set.vendor.some((c) => c.id === DEFAULT_VENDOR_CARD_ID) ? DEFAULT_VENDOR_CARD_ID : (set.vendor[0]?.id ?? DEFAULT_VALUES.vendor);
  }
  const chosen = set.vendor.find((c) => c.id === next.vendor);
  const offered = chosen && chosen.unit !== 'usd' ? packagesFor(set, chosen.unit).map((o) => o.pkg.id) : [];
  if (next.package !== DEFAULT_VALUES.package && !offered.includes(next.package)) {
    problems.push(`package (${JSON.stringify(next.package)})`);
    next.package = DEFAULT_VALUES.package;
  }
  if (offered.length > 0 && !offered.includes(next.package)) next.package = chosen?.defaultPackage ?? offered[0];
  return { values: next, ignored: problems };
}
