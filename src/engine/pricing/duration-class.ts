/**
 * Everything pricing reads from a duration besides its text: the whole seconds the internal
 * price bills (rounded up), the second the vendor rounds to (nearest, half up: the same or one
 * less) and whether it is whole. Two durations of one class price alike; their records differ
 * only where the duration itself is written. A rule that reads the duration another way
 * belongs here too.
 */
import { internalSeconds } from './internal-price';
import { nearestSecond } from './vendor-duration';

/**
 * What a record standing for its class (`bulk/record-templates.ts`, `sql/class-sql.ts`) writes for
 * the duration's text, each line's own put in its place: a private-use character, in no card or
 * engine text. A model name holding it is priced line by line.
 */
export const DURATION_MARK = '\uE000';

/** The class as one number: 4 × the seconds billed, + 2 when the vendor's second is the same, + 1 when whole. */
export function durationClass(durationSeconds: number): number {
  const billed = internalSeconds(durationSeconds);
  const same = nearestSecond(durationSeconds) === billed ? 2 : 0;
  return billed * 4 + same + (Number.isInteger(durationSeconds) ? 1 : 0);
}
