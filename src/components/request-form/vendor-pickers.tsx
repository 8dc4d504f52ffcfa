/** Which vendor card prices the request, and at which package's unit price. */
import { memo } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { packagesFor, UNIT_NAMES, type CardSet } from '../../engine';
import { controlClass, Field } from '../ui/field';
import type { QuoteFormValues } from './quote-form-schema';

interface VendorPickersProps {
  readonly set: CardSet;
  readonly cardId: string;
  /** The package chosen at first, for the prerendered HTML (the select holds its value itself). */
  readonly packageId?: string;
  readonly register: UseFormRegister<QuoteFormValues>;
  readonly idPrefix?: string;
  /** Called with the new card, so that the package can follow it (`packageForCard`). */
  readonly onVendorChange: (cardId: string) => void;
}

/** The package to keep when the card changes: the same one if the card sells it, else its default. */
export function packageForCard(set: CardSet, cardId: string, current: string): string {
  const card = set.vendor.find((c) => c.id === cardId);
  if (!card || card.unit === 'usd') return 'list';
  const offered = packagesFor(set, card.unit).map((o) => o.pkg.id);
  return offered.includes(current) ? current : (card.defaultPackage ?? offered[0] ?? 'list');
}

/** What the package does to the price: the vendor cost is units × its price of one unit. */
function packageHint(unitName: string): string {
  const one = unitName.slice(0, -1);
  return (
    `The vendor cost is the ${unitName} used × this package's price of one ${one}: ` +
    'a cheaper package lowers the vendor cost and raises the margin, never our price.'
  );
}

export const VendorPickers = memo(function VendorPickers(props: VendorPickersProps) {
  const { set, cardId, packageId, register, idPrefix = '', onVendorChange } = props;
  const p = idPrefix;
  const card = set.vendor.find((c) => c.id === cardId);
  const offered = card && card.unit !== 'usd' ? packagesFor(set, card.unit) : [];
  return (
    // Side by side only where the two fit (a container query: the panel may be narrow on a wide screen).
    <div className="@container">
      <div className="grid gap-3 @lg:grid-cols-2">
        <Field id={`${p}vendor-card`} label="Vendor card" hint={card ? `${card.title}, ${card.version}` : cardId}>
          <select
            id={`${p}vendor-card`}
            className={controlClass}
            aria-describedby={`${p}vendor-card-hint`}
            defaultValue={cardId}
            {...register('vendor', { onChange: (e: { target: { value: string } }) => onVendorChange(e.target.value) })}
          >
            {set.vendor.map((c) => (
              // Short enough for a narrow select: the chosen card's whole title and version are in the hint.
              <option key={c.id} value={c.id}>
                {c.title.split(' (')[0]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={`${p}package`}
          label="Prepaid package"
          hint={
            card?.unit === 'usd'
              ? 'This card is priced in USD: no package applies.'
              : packageHint(card ? UNIT_NAMES[card.unit] : 'units')
          }
        >
          <select
            id={`${p}package`}
            className={controlClass}
            disabled={offered.length === 0}
            aria-describedby={`${p}package-hint`}
            defaultValue={packageId}
            {...register('package')}
          >
            {offered.length === 0 ? <option value="list">Not applicable</option> : null}
            {offered.map(({ pkg }) => (
              <option key={pkg.id} value={pkg.id}>
                {pkg.purchase
                  ? `${pkg.label}: $${pkg.unitPriceUsd} per ${card ? UNIT_NAMES[card.unit].slice(0, -1) : 'unit'}`
                  : pkg.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </div>
  );
});
