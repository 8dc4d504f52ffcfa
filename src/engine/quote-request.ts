/** The normalized request that every price is computed from (SPEC §2.1, after parsing). */
import * as z from 'zod';
import { InputTypeSchema, ModeSchema, ResolutionSchema } from './vocabulary';

/** The longest request the engine prices, in seconds (SPEC §2 rule 3). */
export const MAX_DURATION_SECONDS = 3600;

export const DurationSecondsSchema = z
  .number({ error: 'must be a number of seconds' })
  .refine((n) => Number.isFinite(n) && n > 0 && n <= MAX_DURATION_SECONDS, {
    error: `must be a number of seconds > 0 and ≤ ${MAX_DURATION_SECONDS}`,
  });

export const ModelNameSchema = z
  .string({ error: 'must be a model name' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(120, { error: 'must be at most 120 characters' });

export const QuoteRequestSchema = z.object({
  model: ModelNameSchema,
  mode: ModeSchema,
  durationSeconds: DurationSecondsSchema,
  resolution: ResolutionSchema,
  inputType: InputTypeSchema,
  audio: z.boolean(),
});

export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;
