/** The one schema every file in `rate-cards/` must pass (SPEC §5), and its parser. */
import * as z from 'zod/mini';
import { formatIssuePath } from '../request/issue-path';
import { InternalCardSchema } from './rate-card-internal';
import { PackagesCardSchema } from './rate-card-packages';
import { VendorCardSchema } from './rate-card-vendor';
import { ServicesCardSchema } from './rate-card-services';

export const RateCardSchema = z.discriminatedUnion('kind', [
  InternalCardSchema,
  VendorCardSchema,
  PackagesCardSchema,
  ServicesCardSchema,
]);

export type RateCard = z.infer<typeof RateCardSchema>;

/** Why a card was refused: the file, the path inside it, and the reason. */
export interface CardProblem {
  readonly file: string;
  readonly path: string;
  readonly reason: string;
}

export type ParsedCard =
  | { readonly ok: true; readonly file: string; readonly card: RateCard }
  | { readonly ok: false; readonly file: string; readonly problems: readonly CardProblem[] };

/** Validates one card already read as JSON. Never throws. */
function parseRateCard(json: unknown, file: string): ParsedCard {
  const result = RateCardSchema.safeParse(json);
  if (result.success) return { ok: true, file, card: result.data };
  const problems = result.error.issues.slice(0, 20).map((issue) => ({
    file,
    path: formatIssuePath(issue.path) || '(the whole file)',
    reason: issue.message,
  }));
  return { ok: false, file, problems };
}

/** Validates one card file's text; malformed JSON is a problem like any other. */
export function parseRateCardText(text: string, file: string): ParsedCard {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not valid JSON';
    return { ok: false, file, problems: [{ file, path: '(the whole file)', reason: `not valid JSON: ${reason}` }] };
  }
  return parseRateCard(json, file);
}

/** One line per problem: `rate-cards/x.json: rows[3].rates.720p: must be …`. */
export function formatCardProblems(parsed: ParsedCard): string[] {
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.file}: ${p.path}: ${p.reason}`);
}

/** The index the browser reads to find the card files (`rate-cards/index.json`). */
export const CardIndexSchema = z.strictObject({
  files: z.array(z.string().check(z.regex(/^[a-z0-9][a-z0-9.@-]*\.json$/))).check(z.minLength(1), z.maxLength(200)),
});
