/** The normalized request that every price is computed from (SPEC §2.1, after parsing). */
import * as z from 'zod/mini';
import { InputTypeSchema, ModeSchema, ResolutionSchema } from './vocabulary';

/** The longest request the engine prices, in seconds (SPEC §2 rule 3). */
export const MAX_DURATION_SECONDS = 3600;

/** "5", "7.5", "5.", ".5", with spaces around; not "1e2", "0x10" or "-5". */
const NUMERIC = /^\s*(\d+\.?\d*|\.\d+)\s*$/;

/** Seconds from a number or a numeric string ("5", as Kling's API sends it); NaN if neither. */
export function toSeconds(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && NUMERIC.test(value) ? Number(value) : NaN;
}

/** SPEC §2 rule 3: a finite number > 0 and ≤ 3600. */
export function isValidDuration(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_DURATION_SECONDS;
}

export const DURATION_RULE = `must be a number of seconds > 0 and ≤ ${MAX_DURATION_SECONDS}`;

export const DurationSecondsSchema = z
  .number({ error: DURATION_RULE })
  .check(z.refine(isValidDuration, { error: DURATION_RULE }));

export const ModelNameSchema = z
  .string({ error: 'must be a model name' })
  .check(z.trim(), z.minLength(1, { error: 'must not be empty' }), z.maxLength(120, { error: 'must be at most 120 characters' }));

export const QuoteRequestSchema = z.object({
  model: ModelNameSchema,
  mode: ModeSchema,
  durationSeconds: DurationSecondsSchema,
  resolution: ResolutionSchema,
  inputType: InputTypeSchema,
  audio: z.boolean(),
});

export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;
