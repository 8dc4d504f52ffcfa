/** The internal price card of SPEC §2: base, multipliers, clamp and the billed resolution. */
import * as z from 'zod/mini';
import { compareAmounts, usd } from '../money/money';
import { ModelNameSchema } from '../request/quote-request';
import { cardHeader } from './rate-card-common';
import { DecimalStringSchema, InputTypeSchema, ModeSchema, ResolutionSchema } from '../request/vocabulary';

export const InternalCardSchema = z
  .strictObject({
    kind: z.literal('internal'),
    ...cardHeader,
    basePerSecondUsd: z.record(ModeSchema, DecimalStringSchema),
    resolutionMultipliers: z.record(ResolutionSchema, DecimalStringSchema),
    inputMultipliers: z.record(InputTypeSchema, DecimalStringSchema),
    modelMultipliers: z.record(ModelNameSchema, DecimalStringSchema),
    unknownModelMultiplier: DecimalStringSchema,
    clampUsd: z.strictObject({ min: DecimalStringSchema, max: DecimalStringSchema }),
    billedResolution: ResolutionSchema,
  })
  .check(
    z.refine((card) => compareAmounts(usd(card.clampUsd.min), usd(card.clampUsd.max)) <= 0, {
      error: 'min must not be above max',
      path: ['clampUsd'],
    }),
  );

export type InternalCard = z.infer<typeof InternalCardSchema>;
