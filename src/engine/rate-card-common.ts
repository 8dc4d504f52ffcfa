/** Fields every rate-card file carries (SPEC §5). */
import * as z from 'zod';
import { IsoDateSchema, RoundingSchema } from './vocabulary';

export const CardIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'must be lower-case letters, digits and dashes' });

export const cardHeader = {
  id: CardIdSchema,
  version: IsoDateSchema,
  title: z.string().min(1).max(200),
  source: z.string().min(1).max(500),
  currency: z.literal('USD'),
  rounding: RoundingSchema.default('half-up'),
  notes: z.array(z.string().max(1000)).max(50).optional(),
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
