/** Prepaid packages (SPEC §3.3): what one unit or credit costs, and the terms of purchase. */
import * as z from 'zod';
import { compareAmounts, times, usd, wholeRatio } from './money';
import { cardHeader, CardIdSchema } from './rate-card-common';
import { DecimalStringSchema } from './vocabulary';

export const PackageSchema = z
  .strictObject({
    id: CardIdSchema,
    label: z.string().min(1).max(200),
    unitPriceUsd: DecimalStringSchema,
    purchase: z
      .strictObject({
        priceUsd: DecimalStringSchema,
        units: z.number().int().positive().max(1_000_000_000),
        validityDays: z.number().int().positive().max(3660).nullable(),
        concurrency: z.number().int().positive().max(1000).nullable(),
        oncePerAccount: z.boolean(),
      })
      .nullable(),
  })
  .refine(
    (p) =>
      p.purchase === null ||
      compareAmounts(times(usd(p.unitPriceUsd), wholeRatio(p.purchase.units)), usd(p.purchase.priceUsd)) === 0,
    { error: 'unitPriceUsd × units must equal priceUsd exactly', path: ['unitPriceUsd'] },
  );

export const PackagesCardSchema = z
  .strictObject({
    kind: z.literal('packages'),
    ...cardHeader,
    unit: z.enum(['kling-unit', 'app-credit']),
    packages: z.array(PackageSchema).min(1).max(100),
  })
  .refine((card) => new Set(card.packages.map((p) => p.id)).size === card.packages.length, {
    error: 'package ids must be unique',
    path: ['packages'],
  });

export type PackagesCard = z.infer<typeof PackagesCardSchema>;
export type Package = z.infer<typeof PackageSchema>;
