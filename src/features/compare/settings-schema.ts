/** The Compare settings as typed (strings in inputs), with the messages shown beside each field. */
import * as z from 'zod/mini';
import { MAX_VOLUME, VolumeAssumptionsSchema } from '../../engine';
import { MAX_TABLE_VOLUMES, type CompareScenario } from './compare-state';

const VOLUME = /^\d{1,7}$/;
const inRange = (t: string) => VOLUME.test(t.trim()) && Number(t) >= 1 && Number(t) <= MAX_VOLUME;
const volumeText = (what: string) =>
  z
    .string()
    .check(
      z.refine(inRange, { error: `${what}: a whole number of clips from 1 to ${MAX_VOLUME.toLocaleString('en-US')}.` }),
    );

export const SettingsSchema = z
  .object({
    min: volumeText('Lowest volume'),
    max: volumeText('Highest volume'),
    scale: z.enum(['linear', 'log']),
    acceptancePct: z.string().check(
      z.refine((t) => VolumeAssumptionsSchema.shape.acceptancePct.safeParse(t.trim()).success, {
        error: 'A percentage above 0 and at most 100.',
      }),
    ),
    failurePct: z.string().check(
      z.refine((t) => VolumeAssumptionsSchema.shape.failurePct.safeParse(t.trim()).success, {
        error: 'A percentage from 0 to below 100.',
      }),
    ),
    chargeFailedTasks: z.boolean(),
    at: z.string().check(
      z.refine(
        (t) => {
          const parts = t
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean);
          return parts.length >= 1 && parts.length <= MAX_TABLE_VOLUMES && parts.every(inRange);
        },
        {
          error:
            `1 to ${MAX_TABLE_VOLUMES} volumes, separated by commas, ` +
            `each from 1 to ${MAX_VOLUME.toLocaleString('en-US')}.`,
        },
      ),
    ),
  })
  .check(
    z.refine((s) => !inRange(s.min) || !inRange(s.max) || Number(s.min) < Number(s.max), {
      error: 'The lowest volume must be below the highest.',
      path: ['max'],
    }),
  );

export type SettingsValues = z.infer<typeof SettingsSchema>;

export function toSettings(s: CompareScenario): SettingsValues {
  return {
    min: String(s.minVolume),
    max: String(s.maxVolume),
    scale: s.scale,
    acceptancePct: s.assumptions.acceptancePct,
    failurePct: s.assumptions.failurePct,
    chargeFailedTasks: s.assumptions.chargeFailedTasks,
    at: s.tableVolumes.join(', '),
  };
}

export function applySettings(s: CompareScenario, v: SettingsValues): CompareScenario {
  return {
    ...s,
    minVolume: Number(v.min),
    maxVolume: Number(v.max),
    scale: v.scale,
    assumptions: {
      acceptancePct: v.acceptancePct.trim(),
      failurePct: v.failurePct.trim(),
      chargeFailedTasks: v.chargeFailedTasks,
    },
    tableVolumes: [
      ...new Set(
        v.at
          .split(',')
          .map((t) => Number(t.trim()))
          .filter((n) => n > 0),
      ),
    ].sort((a, b) => a - b),
  };
}
