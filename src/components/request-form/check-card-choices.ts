/** A vendor card or package that the loaded cards do not know is dropped and named. */
import { DEFAULT_VENDOR_CARD_ID, packagesFor, type CardSet } from '../../engine';
import { DEFAULT_VALUES, type QuoteFormValues } from './quote-form-schema';

/** Checks the vendor card and package against the loaded cards; names what was dropped. */
export function checkCardChoices(
  values: QuoteFormValues,
  set: CardSet,
): { values: QuoteFormValues; ignored: string[] } {
  const next = { ...values };
  const ignored: string[] = [];
  if (!set.vendor.some((c) => c.id === next.vendor)) {
    if (next.vendor !== DEFAULT_VENDOR_CARD_ID) ignored.push(`vendor (${JSON.stringify(next.vendor)})`);
    const hasDefault = set.vendor.some((c) => c.id === DEFAULT_VENDOR_CARD_ID);
    next.vendor = hasDefault ? DEFAULT_VENDOR_CARD_ID : (set.vendor[0]?.id ?? DEFAULT_VALUES.vendor);
  }
  const chosen = set.vendor.find((c) => c.id === next.vendor);
  const offered = chosen && chosen.unit !== 'usd' ? packagesFor(set, chosen.unit).map((o) => o.pkg.id) : [];
  if (next.package !== DEFAULT_VALUES.package && !offered.includes(next.package)) {
    ignored.push(`package (${JSON.stringify(next.package)})`);
    next.package = DEFAULT_VALUES.package;
  }
  if (offered.length > 0 && !offered.includes(next.package)) next.package = chosen?.defaultPackage ?? offered[0];
  return { values: next, ignored };
}
