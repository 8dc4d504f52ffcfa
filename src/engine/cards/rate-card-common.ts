/** Fields every rate-card file carries (SPEC §5). */
import * as z from 'zod/mini';
import { IsoDateSchema, RoundingSchema } from '../request/vocabulary';

export const CardIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'must be lower-case letters, digits and dashes' }));

export const cardHeader = {
  id: CardIdSchema,
  version: IsoDateSchema,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  source: z.string().check(z.minLength(1), z.maxLength(500)),
  currency: z.literal('USD'),
  rounding: z._default(RoundingSchema, 'half-up'),
  notes: z.optional(z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(50))),
};

/** Which card produced a result: its id and version (effective date). */
export interface CardStamp {
  readonly id: string;
  readonly version: string;
}

export function stampOf(card: CardStamp): CardStamp {
  return { id: card.id, version: card.version };
}

export function formatStamp(stamp: CardStamp): string {
  return `${stamp.id}@${stamp.version}`;
}
