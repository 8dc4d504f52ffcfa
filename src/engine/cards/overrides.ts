/**
 * SPEC §4.5 / §5: the user's overrides of the loaded cards: a model multiplier on the
 * internal card, a custom vendor rate (USD per second) for a model no card prices, and a
 * discount on vendor cost. One schema validates what is saved, exported and imported.
 */
import * as z from 'zod/mini';
import { ModelNameSchema } from '../request/quote-request';
import { DecimalStringSchema } from '../request/vocabulary';
import { CardIdSchema } from './rate-card-common';

import { OVERRIDES_VERSION, type Overrides } from './overrides-shape';

export const OverridesSchema = z.strictObject({
  version: z.literal(OVERRIDES_VERSION, { error: `must be ${OVERRIDES_VERSION} (this version of the calculator)` }),
  modelMultipliers: z
    .record(ModelNameSchema, DecimalStringSchema)
    .check(z.refine((r) => Object.keys(r).length <= 50, { error: 'at most 50 models' })),
  customVendorRates: z
    .array(z.strictObject({ model: ModelNameSchema, usdPerSecond: DecimalStringSchema }))
    .check(z.maxLength(50)),
  vendorDiscountPct: z.nullable(
    DecimalStringSchema.check(z.refine((t) => Number(t) <= 100, { error: 'must be at most 100' })),
  ),
  servicePricesUsd: z.optional(z.record(CardIdSchema, DecimalStringSchema)),
});

/** The schema's type is the one `apply-overrides.ts` declares (checked here). */
export type OverridesFromSchema = z.infer<typeof OverridesSchema>;

/** What the schema accepts is an `Overrides` (a compile-time check that the two agree). */
export function asOverrides(parsed: OverridesFromSchema): Overrides {
  return parsed;
}
