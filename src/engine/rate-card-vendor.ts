/**
 * A vendor card (SPEC §3.1): rows that say what one request costs at Kling, in units, in
 * USD, or in app credits. A row prices per second (by resolution tier) or per clip (fixed
 * durations); the first row that matches a request prices it.
 */
import * as z from 'zod';
import { cardHeader, CardIdSchema } from './rate-card-common';
import { ModelNameSchema } from './quote-request';
import { DecimalStringSchema, InputTypeSchema, ModeSchema, ResolutionSchema } from './vocabulary';

const Seconds = z.number().int().positive().max(3600);

export const RowDurationsSchema = z.union([
  z.strictObject({ min: Seconds, max: Seconds }).refine((d) => d.min <= d.max, {
    error: 'min must not be above max',
  }),
  z.strictObject({ options: z.array(Seconds).min(1).max(20) }),
]);

const rowMatch = {
  id: z.string().min(1).max(80),
  label: z.string().min(1).max(200),
  models: z.array(ModelNameSchema).min(1),
  inputs: z.array(InputTypeSchema).min(1).optional(),
  videoInput: z.boolean().optional(),
  audio: z.boolean().optional(),
  modes: z.array(ModeSchema).min(1).optional(),
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
  clips: z
    .array(z.strictObject({ seconds: Seconds, amount: DecimalStringSchema }))
    .min(1)
    .refine((clips) => clips.every((c, i) => i === 0 || clips[i - 1].seconds < c.seconds), {
      error: 'clips must be listed by increasing seconds',
    }),
});

export const VendorRowSchema = z.discriminatedUnion('basis', [PerSecondRowSchema, PerClipRowSchema]);

export const VendorUnitSchema = z.enum(['kling-unit', 'app-credit', 'usd']);

export const VendorCardSchema = z
  .strictObject({
    kind: z.literal('vendor'),
    ...cardHeader,
    unit: VendorUnitSchema,
    approximate: z.boolean().default(false),
    tierBy: z.enum(['mode-and-resolution', 'resolution']).default('mode-and-resolution'),
    unitsRounding: z.enum(['exact', 'floor']).default('exact'),
    defaultPackage: CardIdSchema.optional(),
    rows: z.array(VendorRowSchema).min(1).max(500),
  })
  .refine((card) => card.unit === 'usd' || card.defaultPackage !== undefined, {
    error: 'a card priced in units or credits names its defaultPackage',
    path: ['defaultPackage'],
  });

export type VendorCard = z.infer<typeof VendorCardSchema>;
export type VendorRow = z.infer<typeof VendorRowSchema>;
export type PerSecondRow = z.infer<typeof PerSecondRowSchema>;
export type PerClipRow = z.infer<typeof PerClipRowSchema>;
export type VendorUnit = z.infer<typeof VendorUnitSchema>;
