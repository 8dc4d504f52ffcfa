/**
 * SPEC §10: a what-if is a model multiplier tried without saving it, carried by the link as
 * `mult=MODEL:FACTOR` (repeatable). `MODEL:FACTOR:anyway` keeps one for a model no card knows,
 * once the user has confirmed it. Reading is here; applying it to a card set is `what-if-apply`.
 */
import { compareAmounts, quantity, toDecimalString } from '../money/money';
import { ModelNameSchema } from '../request/quote-request';

/** The largest factor a what-if may try. */
export const MAX_WHAT_IF_FACTOR = '100';
/** At most this many what-ifs are read from one link. */
export const MAX_WHAT_IFS = 50;
/** The last part of `mult=MODEL:FACTOR:anyway`: confirmed for a model no card knows. */
export const WHAT_IF_ANYWAY = 'anyway';

export interface WhatIfFactor {
  readonly model: string;
  /** The multiplier tried: decimal text, trailing zeros trimmed ("1.5"). */
  readonly factor: string;
  /** The user confirmed it for a model no card knows. */
  readonly anyway: boolean;
}

interface ParsedWhatIf {
  /** One per model, in the link's order. */
  readonly factors: readonly WhatIfFactor[];
  /** Each value not used, named, with why: for people. */
  readonly errors: readonly string[];
}

const FACTOR = /^\d{1,3}(\.\d{1,4})?$/;
const FACTOR_RULE = 'a positive decimal with up to 4 decimals, at most 100, such as 1.5';

/** The factor as decimal text ("1.50" → "1.5"), or why it cannot be one. */
export function readWhatIfFactor(text: string): { ok: true; factor: string } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (!FACTOR.test(trimmed)) return { ok: false, error: `the factor must be ${FACTOR_RULE}` };
  const value = quantity(trimmed);
  if (value.amount === 0n) return { ok: false, error: 'the factor must be more than 0' };
  if (compareAmounts(value, quantity(MAX_WHAT_IF_FACTOR)) > 0)
    return { ok: false, error: `the factor must be at most ${MAX_WHAT_IF_FACTOR}` };
  return { ok: true, factor: toDecimalString(value) };
}

/** How a value is named in a message: `mult ("kling-v3:abc")`, clipped when long. */
function named(value: string): string {
  const clipped = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return `mult (${JSON.stringify(clipped)})`;
}

/** One `mult` value: its what-if, or why it is not one. */
function readWhatIf(value: string): { ok: true; whatIf: WhatIfFactor } | { ok: false; error: string } {
  let rest = value.trim();
  const anyway = rest.endsWith(`:${WHAT_IF_ANYWAY}`);
  if (anyway) rest = rest.slice(0, -WHAT_IF_ANYWAY.length - 1);
  // A model name may hold a colon; a factor never does.
  const colon = rest.lastIndexOf(':');
  if (colon < 0) return { ok: false, error: `${named(value)} is not MODEL:FACTOR, such as kling-v3:1.5` };
  const model = ModelNameSchema.safeParse(rest.slice(0, colon));
  if (!model.success)
    return { ok: false, error: `${named(value)}: the model name ${model.error.issues[0]?.message ?? 'is not valid'}` };
  const factor = readWhatIfFactor(rest.slice(colon + 1));
  if (!factor.ok) return { ok: false, error: `${named(value)}: ${factor.error}` };
  return { ok: true, whatIf: { model: model.data, factor: factor.factor, anyway } };
}

/** Every `mult` value of a link; a model given twice keeps its first factor. */
export function parseWhatIf(values: readonly string[]): ParsedWhatIf {
  const factors: WhatIfFactor[] = [];
  const errors: string[] = [];
  for (const [i, value] of values.entries()) {
    if (i === MAX_WHAT_IFS) {
      errors.push(`mult: only the first ${MAX_WHAT_IFS} what-ifs are read, ${values.length - i} more are ignored`);
      break;
    }
    const read = readWhatIf(value);
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const first = factors.find((f) => f.model === read.whatIf.model);
    if (first) errors.push(`${named(value)}: ${first.model} is given twice, × ${first.factor} is used`);
    else factors.push(read.whatIf);
  }
  return { factors, errors };
}

/** The link's value for one what-if: `kling-v3:1.5`, `kling-v33:1.5:anyway`. */
function formatWhatIf(whatIf: WhatIfFactor): string {
  return `${whatIf.model}:${whatIf.factor}${whatIf.anyway ? `:${WHAT_IF_ANYWAY}` : ''}`;
}

/** The link's `mult` values with `model`'s what-if set to `next` (null: removed), the others kept as written. */
export function withWhatIfFor(values: readonly string[], model: string, next: WhatIfFactor | null): string[] {
  const others = values.filter((v) => {
    const read = readWhatIf(v);
    return !read.ok || read.whatIf.model !== model;
  });
  return next === null ? others : [...others, formatWhatIf(next)];
}
