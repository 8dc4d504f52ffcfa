/** The engine options a form's vendor card and package stand for. */
import { packagesFor, type CardSet, type QuoteOptions } from '../../engine';
import type { QuoteFormValues } from './quote-form-schema';

export function quoteOptionsFor(values: Pick<QuoteFormValues, 'vendor' | 'package'>, set: CardSet): QuoteOptions {
  const card = set.vendor.find((c) => c.id === values.vendor);
  const sold =
    card !== undefined && card.unit !== 'usd' && packagesFor(set, card.unit).some((o) => o.pkg.id === values.package);
  return { vendorCardId: values.vendor, packageId: sold ? values.package : undefined };
}
