/** Prepaid packages (SPEC §3.3): what one unit or credit costs, and the terms of purchase. */
import * as z from 'zod/mini';
import { compareAmounts, times, usd, wholeRatio } from '../money/money';
import { cardHeader, CardIdSchema } from './rate-card-common';
import { DecimalStringSchema } from '../request/vocabulary';

export const PackageSchema = z
  .strictObject({
    id: CardIdSchema,
    label: z.string().check(z.minLength(1), z.maxLength(200)),
    unitPriceUsd: DecimalStringSchema,
    purchase: z.nullable(
      z.strictObject({
        priceUsd: DecimalStringSchema,
        units: z.int().check(z.positive(), z.lte(1_000_000_000)),
        validityDays: z.nullable(z.int().check(z.positive(), z.lte(3660))),
        concurrency: z.nullable(z.int().check(z.positive(), z.lte(1000))),
        oncePerAccount: z.boolean(),
      }),
    ),
  })
  .check(
    z.refine(
      (p) =>
        p.purchase === null ||
        compareAmounts(times(usd(p.unitPriceUsd), wholeRatio(p.purchase.units)), usd(p.purchase.priceUsd)) === 0,
      { error: 'unitPriceUsd × units must equal priceUsd exactly', path: ['unitPriceUsd'] },
    ),
  );

export const PackagesCardSchema = z
  .strictObject({
    kind: z.literal('packages'),
    ...cardHeader,
    unit: z.enum(['kling-unit', 'app-credit']),
    packages: z.array(PackageSchema).check(z.minLength(1), z.maxLength(100)),
  })
  .check(
    z.refine((card) => new Set(card.packages.map((p) => p.id)).size === card.packages.length, {
      error: 'package ids must be unique',
      path: ['packages'],
    }),
  );

export type PackagesCard = z.infer<typeof PackagesCardSchema>;
export type Package = z.infer<typeof PackageSchema>;
