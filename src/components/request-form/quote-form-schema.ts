/** The Quote form's values, their schema (with the messages shown by each field) and defaults. */
import * as z from 'zod/mini';
import {
  DEFAULT_VENDOR_CARD_ID,
  INPUT_TYPES,
  isValidDuration,
  MAX_DURATION_SECONDS,
  ModelNameInputSchema,
  MODES,
  RESOLUTIONS,
  toSeconds,
  type InputType,
  type QuoteRequest,
} from '../../engine';

export const REFERENCE_LABELS: Record<InputType, string> = {
  text: 'None (text to video)',
  image: 'One image',
  'multi-image': 'Several images',
  video: 'A source video',
  chisel: 'Chisel',
};

export const QuoteFormSchema = z.object({
  // The engine's rule, so the command line's --model refuses the same names with the same words.
  model: ModelNameInputSchema,
  mode: z.enum(MODES, { error: 'Choose std or pro.' }),
  duration: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'Enter the duration in seconds.', abort: true }),
    z.maxLength(20, { error: 'Enter a number of seconds, such as 5 or 7.5.', abort: true }),
    z.refine((text) => /^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(text), {
      error: 'Enter a number of seconds, such as 5 or 7.5.',
      abort: true,
    }),
    z.refine((text) => isValidDuration(toSeconds(text)), {
      error: `The duration must be more than 0 and at most ${MAX_DURATION_SECONDS.toLocaleString('en-US')} seconds.`,
    }),
  ),
  resolution: z.enum(RESOLUTIONS, { error: 'Choose a resolution.' }),
  input: z.enum(INPUT_TYPES, { error: 'Choose the references.' }),
  audio: z.boolean(),
  vendor: z.string().check(z.minLength(1)),
  package: z.string().check(z.minLength(1)),
});

export type QuoteFormValues = z.infer<typeof QuoteFormSchema>;

export const DEFAULT_VALUES: QuoteFormValues = {
  model: 'kling-v3',
  mode: 'std',
  duration: '5',
  resolution: '720p',
  input: 'text',
  audio: false,
  vendor: DEFAULT_VENDOR_CARD_ID,
  package: 'list',
};

export function toQuoteRequest(values: QuoteFormValues): QuoteRequest {
  return {
    model: values.model.trim(),
    mode: values.mode,
    durationSeconds: toSeconds(values.duration),
    resolution: values.resolution,
    inputType: values.input,
    audio: values.audio,
  };
}
