/**
 * SPEC §9: an estimate file, the one schema of an estimate wherever it comes from (a file for the
 * command line, the screen's form, a link). Field names are SPEC's, as written in the file.
 * `parseEstimate` (estimate-input.ts) reads it into what pricing needs.
 */
import * as z from 'zod/mini';
import { compareAmounts, usd } from '../money/money';
import { describeValue } from '../request/describe-value';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';

export const MAX_ESTIMATE_LINES = 100;
/** The most clips or tasks a line may plan a month (SPEC §1: up to 1,000,000 clips a month). */
export const MAX_COUNT_PER_MONTH = 1_000_000;
export const MAX_MONTHS = 12;
/** The package an estimate is costed at when it names none: list price, as on every screen. */
export const DEFAULT_ESTIMATE_PACKAGE = 'list';
/** The generation time assumed for throughput when the file names none (the Plan screen's default). */
export const DEFAULT_GENERATION_SECONDS = 120;
/** Seed 004's alert thresholds (SPEC §4.4: 50, 75, 90 %). */
export const DEFAULT_ALERT_THRESHOLDS: readonly string[] = ['50', '75', '90'];

const got = (iss: { input?: unknown }): string => `, got ${describeValue(iss.input)}`;

/** A message for a value of the wrong type only; other issues (unknown fields) keep their own words. */
const wrongType =
  (what: string) =>
  (iss: { code?: string; input?: unknown }): string | undefined =>
    iss.code === 'invalid_type' ? `${what}${got(iss)}` : undefined;

/** Names people read back: no control characters, so a terminal or a page shows them as written. */
const NO_CONTROL = /^[^\p{Cc}]*$/u;

function text(max: number) {
  return z
    .string({ error: (iss) => `must be text${got(iss)}` })
    .check(
      z.trim(),
      z.minLength(1, { error: 'must not be empty' }),
      z.maxLength(max, { error: `must be at most ${max} characters` }),
      z.regex(NO_CONTROL, { error: 'must not contain control characters' }),
    );
}

const COUNT_RULE = `must be a whole number from 0 to ${MAX_COUNT_PER_MONTH.toLocaleString('en-US')}`;
const Count = z
  .int({ error: (iss) => `${COUNT_RULE}${got(iss)}` })
  .check(
    z.gte(0, { error: (iss) => `${COUNT_RULE}${got(iss)}` }),
    z.lte(MAX_COUNT_PER_MONTH, { error: (iss) => `${COUNT_RULE}${got(iss)}` }),
  );

const MONTHS_RULE = `must be a whole number of months from 1 to ${MAX_MONTHS}`;
const Months = z
  .int({ error: (iss) => `${MONTHS_RULE}${got(iss)}` })
  .check(
    z.gte(1, { error: (iss) => `${MONTHS_RULE}${got(iss)}` }),
    z.lte(MAX_MONTHS, { error: (iss) => `${MONTHS_RULE}${got(iss)}` }),
  );

const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;
const DISCOUNT_RULE = 'must be a percentage from 0 to 100 (up to 4 decimals), such as "10" or "12.5"';

/** A discount as written: "10" (SPEC) or a JSON number 10; at most 100. */
export function isDiscount(value: string | number): boolean {
  const written = typeof value === 'number' ? String(value) : value.trim();
  return PERCENT.test(written) && compareAmounts(usd(written), usd('100')) <= 0;
}

const Discount = z
  .union([z.string(), z.number()], { error: (iss) => `${DISCOUNT_RULE}${got(iss)}` })
  .check(z.refine(isDiscount, { error: (iss) => `${DISCOUNT_RULE}${got(iss)}` }));

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const BUDGET_RULE = 'must be an amount in USD with at most 2 decimals, such as "10000" or "1250.50"';
const ALERT = /^\d{1,3}(\.\d{1,2})?$/;
const ALERTS_RULE = 'must be a list of up to 6 percentages above 0 and at most 100, such as ["50", "75", "90"]';
const isAlert = (t: string) =>
  ALERT.test(t) && compareAmounts(usd(t), usd('0')) > 0 && compareAmounts(usd(t), usd('100')) <= 0;

/**
 * Not in SPEC §9: a monthly budget the estimate's lines are planned against (seed 004), with its
 * alerts; the screen keeps it with the estimate, and `--estimate` plans it too.
 */
export const EstimateBudgetSchema = z.strictObject(
  {
    budget_usd: z
      .string({ error: (iss) => `${BUDGET_RULE}${got(iss)}` })
      .check(z.refine((t) => MONEY.test(t), { error: (iss) => `${BUDGET_RULE}${got(iss)}` })),
    /** What the budget is spent on: the customer's price (default), our list price or the vendor cost. */
    against: z.optional(z.enum(['customer', 'internal', 'vendor'])),
    alerts_pct: z.optional(
      z.array(z.string(), { error: (iss) => `${ALERTS_RULE}${got(iss)}` }).check(
        z.maxLength(6, { error: ALERTS_RULE }),
        z.refine((list) => list.every(isAlert), { error: (iss) => `${ALERTS_RULE}${got(iss)}` }),
      ),
    ),
  },
  { error: wrongType('must be an object such as {"budget_usd": "10000"}') },
);

const PRIORITY_RULE = 'must be a whole number from 0 to 100 (higher is planned first)';
const Priority = z
  .int({ error: (iss) => `${PRIORITY_RULE}${got(iss)}` })
  .check(
    z.gte(0, { error: (iss) => `${PRIORITY_RULE}${got(iss)}` }),
    z.lte(100, { error: (iss) => `${PRIORITY_RULE}${got(iss)}` }),
  );

const Seconds = z
  .number({ error: (iss) => `must be a number of seconds${got(iss)}` })
  .check(z.refine((s) => s > 0 && s <= 3600, { error: (iss) => `must be more than 0 and at most 3600${got(iss)}` }));

/** A clip as the command line's flags name it (SPEC §9's example); checked further as a request envelope. */
export const EstimateRequestSchema = z.strictObject(
  {
    model: z.string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a model name${got(iss)}`) }),
    mode: z.optional(z.enum(MODES)),
    duration: z.union([z.number(), z.string()], {
      error: (iss) => (iss.input === undefined ? 'is required' : `must be a number of seconds${got(iss)}`),
    }),
    resolution: z.optional(z.enum(RESOLUTIONS)),
    input: z.optional(z.enum(INPUT_TYPES)),
    audio: z.optional(z.boolean({ error: (iss) => `must be true or false${got(iss)}` })),
  },
  { error: wrongType('must be an object such as {"model": "kling-v3", "duration": 10}') },
);

const CLIP_KEYS = ['clips_per_month', 'request'] as const;
const SERVICE_KEYS = ['service', 'count_per_month', 'duration'] as const;

/**
 * A line: a clip (`request`, `clips_per_month`) or a seed 003 service (`service`,
 * `count_per_month`, and `duration` in seconds where the service bills by it). Whichever keys
 * it has decide which, so a missing key is named against the kind of line written.
 */
export const EstimateLineSchema = z
  .strictObject(
    {
      name: text(120),
      clips_per_month: z.optional(Count),
      request: z.optional(EstimateRequestSchema),
      service: z.optional(text(100)),
      count_per_month: z.optional(Count),
      duration: z.optional(Seconds),
      /** Not in SPEC §9: the line's place in the budget's plan by priority. */
      priority: z.optional(Priority),
    },
    { error: wrongType('must be an object with a name and a request or a service') },
  )
  .check(
    z.superRefine((line, ctx) => {
      const isService = line.service !== undefined;
      const [own, other] = isService ? [SERVICE_KEYS, CLIP_KEYS] : [CLIP_KEYS, SERVICE_KEYS];
      const kind = isService ? 'a service line' : 'a clip line';
      for (const key of other) {
        if (line[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `is not read on ${kind}`, input: line[key] });
      }
      for (const key of own) {
        if (key !== 'duration' && line[key] === undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `is required on ${kind}`, input: undefined });
      }
    }),
  );

export const EstimateFileSchema = z.strictObject(
  {
    customer: text(200),
    months: Months,
    /** Percent off our price; absent: none. */
    discount_pct: z.optional(Discount),
    /**
     * `cheapest`, `list` or a package id (`package-2`), checked against the loaded cards when priced;
     * absent: `list`, the default package on every screen.
     */
    package: z.optional(text(100)),
    lines: z
      .array(EstimateLineSchema, { error: (iss) => `must be a list of lines${got(iss)}` })
      .check(
        z.minLength(1, { error: 'must have at least one line' }),
        z.maxLength(MAX_ESTIMATE_LINES, { error: `must have at most ${MAX_ESTIMATE_LINES} lines` }),
      ),
    /** Not in SPEC §9: the average seconds a clip takes to generate, for throughput (default 120). */
    generation_seconds: z.optional(
      z.int({ error: (iss) => `must be a whole number of seconds${got(iss)}` }).check(z.gte(1), z.lte(3600)),
    ),
    budget: z.optional(EstimateBudgetSchema),
  },
  { error: wrongType('an estimate must be a JSON object') },
);

export type EstimateFile = z.infer<typeof EstimateFileSchema>;
export type EstimateFileLine = z.infer<typeof EstimateLineSchema>;
export type EstimateFileRequest = z.infer<typeof EstimateRequestSchema>;
