/**
 * Applying the user's overrides to the loaded cards (SPEC §4.5). Kept apart from their zod
 * schema (`overrides.ts`) so that the first page does not load it when nothing is saved.
 */
import type { CardSet } from './card-set';
import type { Overrides } from './overrides-shape';
import type { VendorCard } from './rate-card-vendor';
import type { InternalCard } from './rate-card-internal';

import { CUSTOM_RATES_CARD_ID, withCards } from './card-set';

export function hasOverrides(o: Overrides): boolean {
  return (
    Object.keys(o.modelMultipliers).length > 0 ||
    o.customVendorRates.length > 0 ||
    (o.vendorDiscountPct !== null && Number(o.vendorDiscountPct) > 0) ||
    Object.keys(o.servicePricesUsd ?? {}).length > 0
  );
}

function customCard(o: Overrides): VendorCard {
  return {
    kind: 'vendor',
    id: CUSTOM_RATES_CARD_ID,
    version: 'saved',
    title: 'Your custom vendor rates',
    source: 'Overrides saved in this browser',
    currency: 'USD',
    rounding: 'half-up',
    unit: 'usd',
    approximate: false,
    tierBy: 'mode-and-resolution',
    unitsRounding: 'exact',
    rows: o.customVendorRates.map((r) => ({
      basis: 'per-second' as const,
      id: `custom-${r.model}`,
      label: `Custom rate for ${r.model}`,
      models: [r.model],
      rates: { '480p': r.usdPerSecond, '720p': r.usdPerSecond, '1080p': r.usdPerSecond, '4k': r.usdPerSecond },
      durations: { min: 1, max: 3600 },
    })),
  };
}

/** The cards as the user sees them: stamped `+overrides` where an override changed them. */
export function applyOverrides(set: CardSet, o: Overrides): CardSet {
  if (!hasOverrides(o)) return set;
  const multipliers = Object.keys(o.modelMultipliers).length > 0;
  const overridden = (card: InternalCard): InternalCard =>
    multipliers
      ? {
          ...card,
          version: `${card.version}+overrides`,
          modelMultipliers: { ...card.modelMultipliers, ...o.modelMultipliers },
        }
      : card;
  const withCustom = (cards: readonly VendorCard[]) =>
    o.customVendorRates.length > 0 ? [...cards.filter((c) => c.id !== CUSTOM_RATES_CARD_ID), customCard(o)] : cards;
  const versions = {
    ...set.versions,
    internal: set.versions.internal.map(overridden),
    vendor: withCustom(set.versions.vendor),
  };
  const discount = o.vendorDiscountPct !== null && Number(o.vendorDiscountPct) > 0 ? o.vendorDiscountPct : undefined;
  const services = o.servicePricesUsd && Object.keys(o.servicePricesUsd).length > 0 ? o.servicePricesUsd : undefined;
  return withCards({
    ...set,
    internal: set.internal.map(overridden),
    vendor: withCustom(set.vendor),
    versions,
    vendorDiscountPct: discount,
    servicePricesUsd: services,
  });
}
