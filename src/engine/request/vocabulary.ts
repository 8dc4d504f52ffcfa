/** The words of a request, shared by the envelope, the rate cards and the screens. */
import './zod-config';
import * as z from 'zod/mini';

export const MODES = ['std', 'pro'] as const;
export const RESOLUTIONS = ['480p', '720p', '1080p', '4k'] as const;
export const INPUT_TYPES = ['text', 'image', 'multi-image', 'video', 'chisel'] as const;
export const ROUNDING_MODES = ['half-up', 'half-even'] as const;

export const ModeSchema = z.enum(MODES);
export const ResolutionSchema = z.enum(RESOLUTIONS);
export const InputTypeSchema = z.enum(INPUT_TYPES);
export const RoundingSchema = z.enum(ROUNDING_MODES);

export type Mode = z.infer<typeof ModeSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type InputType = z.infer<typeof InputTypeSchema>;

/** Resolutions from lowest to highest, for "at least this tier" comparisons. */
export function resolutionRank(resolution: Resolution): number {
  return RESOLUTIONS.indexOf(resolution);
}

/** A non-negative decimal written as text in card files ("0.05", "1.15", "6720"). */
const DECIMAL_TEXT = 'must be a decimal number written as text, such as "0.05"';
export const DecimalStringSchema = z
  .string({ error: DECIMAL_TEXT })
  .check(z.regex(/^\d{1,9}(\.\d{1,8})?$/, { error: DECIMAL_TEXT }));

/** A calendar date, YYYY-MM-DD: the version (effective date) of a card. */
export const IsoDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
