/** Seed 003's other services (lip-sync, extension, effects, audio, images, try-on) as a card. */
import * as z from 'zod/mini';
import { cardHeader, CardIdSchema } from './rate-card-common';
import { DecimalStringSchema } from '../request/vocabulary';

const Seconds = z.int().check(z.positive(), z.lte(3600));

export const ServiceSchema = z.strictObject({
  id: CardIdSchema,
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  /** per-task: units each; per-image: units an image; per-block: units per `blockSeconds` of video. */
  basis: z.enum(['per-task', 'per-image', 'per-block']),
  units: DecimalStringSchema,
  blockSeconds: z.optional(Seconds),
  /** The duration the service accepts, when it has a range. */
  durationSeconds: z.optional(z.strictObject({ min: Seconds, max: Seconds })),
  /** A published USD price per unit of its own (image services); otherwise the package's. */
  usdPerUnit: z.optional(DecimalStringSchema),
});

export const ServicesCardSchema = z
  .strictObject({
    kind: z.literal('services'),
    ...cardHeader,
    unit: z.literal('kling-unit'),
    defaultPackage: CardIdSchema,
    services: z.array(ServiceSchema).check(z.minLength(1), z.maxLength(100)),
  })
  .check(
    z.refine((c) => c.services.every((s) => s.basis !== 'per-block' || s.blockSeconds !== undefined), {
      error: 'a per-block service names its blockSeconds',
      path: ['services'],
    }),
  );

export type ServicesCard = z.infer<typeof ServicesCardSchema>;
export type Service = z.infer<typeof ServiceSchema>;
