/**
 * SPEC §4.2: one configuration at a monthly volume of kept clips. An acceptance rate (kept
 * share of generated clips) and a failure rate (tasks that fail) turn clips kept into clips
 * generated and tasks run. Failed tasks cost nothing at the vendor (seed 003); the internal
 * price charges them only when asked.
 */
import * as z from 'zod/mini';
import {
  divideBy,
  minus,
  percentOf,
  times,
  toDecimalString,
  toRatio,
  usd,
  wholeRatio,
  type Money,
} from '../money/money';
import type { Quote } from '../pricing/quote';

export const MAX_VOLUME = 1_000_000;

const Percent = z
  .string()
  .check(z.regex(/^\d{1,3}(\.\d{1,2})?$/, { error: 'must be a percentage such as 80 or 92.5' }));

export const VolumeAssumptionsSchema = z.object({
  /** Share of generated clips that are kept, percent, > 0 and ≤ 100. */
  acceptancePct: Percent.check(
    z.refine((p) => Number(p) > 0 && Number(p) <= 100, { error: 'must be more than 0 and at most 100' }),
  ),
  /** Share of tasks that fail, percent, ≥ 0 and < 100. */
  failurePct: Percent.check(z.refine((p) => Number(p) < 100, { error: 'must be less than 100' })),
  chargeFailedTasks: z.boolean(),
});
export type VolumeAssumptions = z.infer<typeof VolumeAssumptionsSchema>;

export const DEFAULT_ASSUMPTIONS: VolumeAssumptions = {
  acceptancePct: '100',
  failurePct: '0',
  chargeFailedTasks: false,
};

export interface VolumeCost {
  readonly keptClips: number;
  readonly generatedClips: number;
  readonly tasks: number;
  readonly failedTasks: number;
  readonly internalUsd: string;
  readonly vendorUsd: string | null;
  readonly marginUsd: string | null;
  readonly marginPct: string | null;
  /** Per kept clip, to 4 decimals. */
  readonly internalPerKeptUsd: string;
  readonly vendorPerKeptUsd: string | null;
}

/** ceil(count × 100 / pct) with pct a decimal string: whole clips, never a fraction. */
function grossUp(count: number, pct: string): number {
  const { amount, scale } = toRatio(pct);
  const n = BigInt(count) * 100n * 10n ** scale;
  return Number((n + amount - 1n) / amount);
}

export function costAtVolume(quote: Quote, keptClips: number, assumptions: VolumeAssumptions): VolumeCost {
  const generated = grossUp(keptClips, assumptions.acceptancePct);
  const successPct = toDecimalString(minus(usd('100'), usd(assumptions.failurePct)));
  const tasks = grossUp(generated, successPct);
  const failed = tasks - generated;
  const internalClips = generated + (assumptions.chargeFailedTasks ? failed : 0);
  const internal: Money = times(quote.internal.charged.amount, wholeRatio(internalClips));
  const used = quote.vendor.used;
  const vendor: Money | null = used.status === 'priced' ? times(used.amount, wholeRatio(generated)) : null;
  const margin = vendor ? minus(internal, vendor) : null;
  const perKept = (m: Money) => toDecimalString(divideBy(m, BigInt(keptClips), 4), 2);
  return {
    keptClips,
    generatedClips: generated,
    tasks,
    failedTasks: failed,
    internalUsd: toDecimalString(internal, 2),
    vendorUsd: vendor ? toDecimalString(vendor, 2) : null,
    marginUsd: margin ? toDecimalString(margin, 2) : null,
    marginPct: margin && keptClips > 0 ? percentOf(margin, internal, 1) : null,
    internalPerKeptUsd: perKept(internal),
    vendorPerKeptUsd: vendor ? perKept(vendor) : null,
  };
}
