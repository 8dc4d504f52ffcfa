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
  if (typeof value !== 'string') return NaN;
  return plainDecimal(value) || NUMERIC.test(value) ? Number(value) : NaN;
}

/** Digits with at most one point, nothing else ("15.839"): what `NUMERIC` matches without spaces, read by hand. */
function plainDecimal(text: string): boolean {
  let digits = 0;
  let points = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
    else if (c === 46 && points === 0) points = 1;
    else return false;
  }
  return digits > 0;
}

/** SPEC §2 rule 3: a finite number > 0 and ≤ 3600. */
export function isValidDuration(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_DURATION_SECONDS;
}

export const DURATION_RULE = `must be a number of seconds > 0 and ≤ ${MAX_DURATION_SECONDS}`;

export const DurationSecondsSchema = z
  .number({ error: DURATION_RULE })
  .check(z.refine(isValidDuration, { error: DURATION_RULE }));

/** The longest model name, wherever one is written: a request, a card, an override, the form, `--model`. */
export const MAX_MODEL_NAME_LENGTH = 120;

interface ModelNameWords {
  readonly empty: string;
  readonly long: string;
  readonly characters: string;
}

/**
 * The one model-name rule: trimmed, 1 to 120 characters, letters, digits and `_ . - : /`.
 * Only the words differ by reader: a data error follows its path (`model: must not be empty`),
 * a person typing a name reads a sentence.
 */
function modelName(words: ModelNameWords) {
  return z
    .string({ error: 'must be a model name' })
    .check(
      z.trim(),
      z.minLength(1, { error: words.empty }),
      z.maxLength(MAX_MODEL_NAME_LENGTH, { error: words.long }),
      z.regex(/^[\w.:/-]+$/, { error: words.characters }),
    );
}

/** A model name in data: a request, a card's model list, an override. */
export const ModelNameSchema = modelName({
  empty: 'must not be empty',
  long: `must be at most ${MAX_MODEL_NAME_LENGTH} characters`,
  characters: 'must use only letters, digits and . _ - : /',
});

/** A model name a person typed: the web form's model field and the command line's `--model` say the same. */
export const ModelNameInputSchema = modelName({
  empty: 'Enter a model name.',
  long: `A model name is at most ${MAX_MODEL_NAME_LENGTH} characters.`,
  characters: 'Use letters, digits, dots, dashes or underscores.',
});

export const QuoteRequestSchema = z.object({
  model: ModelNameSchema,
  mode: ModeSchema,
  durationSeconds: DurationSecondsSchema,
  resolution: ResolutionSchema,
  inputType: InputTypeSchema,
  audio: z.boolean(),
});

export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;
