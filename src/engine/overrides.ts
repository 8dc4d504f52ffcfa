/**
 * SPEC §4.5 / §5: the user's overrides of the loaded cards: a model multiplier on the
 * internal card, a custom vendor rate (USD per second) for a model no card prices, and a
 * discount on vendor cost. One schema validates what is saved, exported and imported.
 */
import * as z from 'zod/mini';
import type { CardSet } from './card-set';
import { ModelNameSchema } from './quote-request';
import type { VendorCard } from './rate-card-vendor';
import { DecimalStringSchema } from './vocabulary';

export const OVERRIDES_VERSION = 1;
export const CUSTOM_RATES_CARD_ID = 'custom-rates';

export const OverridesSchema = z.strictObject({
  version: z.literal(OVERRIDES_VERSION, { error: `must be ${OVERRIDES_VERSION} (this version of the calculator)` }),
  modelMultipliers: z.record(ModelNameSchema, DecimalStringSchema).check(z.refine((r) => Object.keys(r).length <= 50, { error: 'at most 50 models' })),
  customVendorRates: z.array(z.strictObject({ model: ModelNameSchema, usdPerSecond: DecimalStringSchema })).check(z.maxLength(50)),
  vendorDiscountPct: z.nullable(DecimalStringSchema.check(z.refine((t) => Number(t) <= 100, { error: 'must be at most 100' }))),
});

export type Overrides = z.infer<typeof OverridesSchema>;

export const NO_OVERRIDES: Overrides = { version: OVERRIDES_VERSION, modelMultipliers: {}, customVendorRates: [], vendorDiscountPct: null };

export function hasOverrides(o: Overrides): boolean {
  return Object.keys(o.modelMultipliers).length > 0 || o.customVendorRates.length > 0 || (o.vendorDiscountPct !== null && Number(o.vendorDiscountPct) > 0);
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
  const internal = set.internal.map((card) =>
    multipliers ? { ...card, version: `${card.version}+overrides`, modelMultipliers: { ...card.modelMultipliers, ...o.modelMultipliers } } : card,
  );
  const vendor = o.customVendorRates.length > 0 ? [...set.vendor.filter((c) => c.id !== CUSTOM_RATES_CARD_ID), customCard(o)] : set.vendor;
  const discount = o.vendorDiscountPct !== null && Number(o.vendorDiscountPct) > 0 ? o.vendorDiscountPct : undefined;
  return { ...set, internal, vendor, vendorDiscountPct: discount };
}
