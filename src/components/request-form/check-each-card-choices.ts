/**
 * The card choices of several form values carried by one link (Compare's configurations,
 * Plan's lines), each checked as the Quote screen checks its own. A file of its own so that
 * the Quote screen's first load does not carry it.
 */
import type { CardSet } from '../../engine';
import { checkCardChoices } from './check-card-choices';
import type { QuoteFormValues } from './quote-form-schema';

/** Checks each item's vendor card and package; what was dropped is named after its item: `line 2: vendor ("x")`. */
export function checkEachCardChoices<T extends { readonly values: QuoteFormValues }>(
  items: readonly T[],
  set: CardSet,
  name: (index: number) => string,
): { items: T[]; ignored: string[] } {
  const ignored: string[] = [];
  const checkedItems = items.map((item, i) => {
    const checked = checkCardChoices(item.values, set);
    ignored.push(...checked.ignored.map((what) => `${name(i)}: ${what}`));
    return { ...item, values: checked.values };
  });
  return { items: checkedItems, ignored };
}
