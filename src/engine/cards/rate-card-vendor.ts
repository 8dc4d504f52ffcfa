/**
 * A vendor card (SPEC §3.1): rows that say what one request costs at Kling, in units, in
 * USD, or in app credits. A row prices per second (by resolution tier) or per clip (fixed
 * durations); the first row that matches a request prices it.
 */
import * as z from 'zod/mini';
import { cardHeader, CardIdSchema } from './rate-card-common';
import { ModelNameSchema } from '../request/quote-request';
import { DecimalStringSchema, InputTypeSchema, ModeSchema, ResolutionSchema } from '../request/vocabulary';

const Seconds = z.int().check(z.positive(), z.lte(3600));

export const RowDurationsSchema = z.union([
  z
    .strictObject({ min: Seconds, max: Seconds })
    .check(z.refine((d) => d.min <= d.max, { error: 'min must not be above max' })),
  z.strictObject({ options: z.array(Seconds).check(z.minLength(1), z.maxLength(20)) }),
]);

const rowMatch = {
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  models: z.array(ModelNameSchema).check(z.minLength(1)),
  inputs: z.optional(z.array(InputTypeSchema).check(z.minLength(1))),
  videoInput: z.optional(z.boolean()),
  audio: z.optional(z.boolean()),
  modes: z.optional(z.array(ModeSchema).check(z.minLength(1))),
};

export const PerSecondRowSchema = z.strictObject({
  basis: z.literal('per-second'),
  ...rowMatch,
  rates: z.partialRecord(ResolutionSchema, DecimalStringSchema),
  durations: RowDurationsSchema,
});

export const PerClipRowSchema = z.strictObject({
  basis: z.literal('per-clip'),
  ...rowMatch,
  clips: z.array(z.strictObject({ seconds: Seconds, amount: DecimalStringSchema })).check(
    z.minLength(1),
    z.refine((clips) => clips.every((c, i) => i === 0 || clips[i - 1].seconds < c.seconds), {
      error: 'clips must be listed by increasing seconds',
    }),
  ),
});

export const VendorRowSchema = z.discriminatedUnion('basis', [PerSecondRowSchema, PerClipRowSchema]);

export const VendorUnitSchema = z.enum(['kling-unit', 'app-credit', 'usd']);

export const VendorCardSchema = z
  .strictObject({
    kind: z.literal('vendor'),
    ...cardHeader,
    unit: VendorUnitSchema,
    approximate: z._default(z.boolean(), false),
    tierBy: z._default(z.enum(['mode-and-resolution', 'resolution']), 'mode-and-resolution'),
    unitsRounding: z._default(z.enum(['exact', 'floor']), 'exact'),
    defaultPackage: z.optional(CardIdSchema),
    /** Names people know the models by ("Kling 3.0"), used in reasons and warnings. */
    modelNames: z.optional(z.record(ModelNameSchema, z.string().check(z.minLength(1), z.maxLength(80)))),
    rows: z.array(VendorRowSchema).check(z.minLength(1), z.maxLength(500)),
  })
  .check(
    z.refine((card) => card.unit === 'usd' || card.defaultPackage !== undefined, {
      error: 'a card priced in units or credits names its defaultPackage',
      path: ['defaultPackage'],
    }),
  );

export type VendorCard = z.infer<typeof VendorCardSchema>;
export type VendorRow = z.infer<typeof VendorRowSchema>;
export type VendorUnit = z.infer<typeof VendorUnitSchema>;
