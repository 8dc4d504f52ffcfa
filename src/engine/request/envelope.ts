/**
 * SPEC §2.1: a persisted request envelope (unknown JSON) → a normalized request, or a
 * reason that names the field and the value. Never throws, never prices.
 */
import * as z from 'zod/mini';
import { deriveInputType, type InputTypeDerivation } from './input-type';
import { describeValue } from './describe-value';
import { formatIssuePath } from './issue-path';
import { checkedRequest } from './checked-request';
import { DURATION_RULE, isValidDuration, MAX_MODEL_NAME_LENGTH, toSeconds, type QuoteRequest } from './quote-request';
import { INPUT_TYPES, MODES, RESOLUTIONS } from './vocabulary';

import { acceptedFields, isObject, MAX_LIST_ENTRIES } from './accepted-fields';
import { audioField, countStills, countVideos } from './references';
import { CHARGE_FIELD_NAMES } from './charge-fields';

const got = (iss: { input?: unknown }): string => `, got ${describeValue(iss.input)}`;
const oneOf = (values: readonly string[]): string => {
  const quoted = values.map((v) => `"${v}"`);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
};

const Duration = z.unknown().check(
  z.superRefine((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `is required: ${DURATION_RULE}` });
      return;
    }
    if (!isValidDuration(toSeconds(value))) {
      ctx.addIssue({ code: 'custom', message: `${DURATION_RULE}, got ${describeValue(value)}` });
    }
  }),
);

const ModelName = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a model name${got(iss)}`) })
  .check(
    z.trim(),
    z.minLength(1, { error: 'is required' }),
    z.maxLength(MAX_MODEL_NAME_LENGTH, { error: `must be at most ${MAX_MODEL_NAME_LENGTH} characters` }),
  );

const Reference = z.optional(z.string({ error: (iss) => `must be a URL or base64 string${got(iss)}` }));

const StillEntry = z.union(
  [z.string(), z.null(), z.looseObject({ image: z.optional(z.unknown()), image_url: z.optional(z.unknown()) })],
  { error: (iss) => `each entry must be a string or an object with image or image_url${got(iss)}` },
);
const VideoEntry = z.union(
  [z.string(), z.null(), z.looseObject({ video_url: z.optional(z.unknown()), video: z.optional(z.unknown()) })],
  { error: (iss) => `each entry must be a string or an object with video_url${got(iss)}` },
);
const List = <T extends z.ZodMiniType>(entry: T) =>
  z.optional(z.array(entry, { error: (iss) => `must be a list${got(iss)}` }).check(z.maxLength(MAX_LIST_ENTRIES)));

const FIELDS = {
  model_name: ModelName,
  mode: z.optional(z.enum(MODES, { error: (iss) => `must be ${oneOf(MODES)}${got(iss)}` })),
  duration: Duration,
  resolution: z.optional(z.enum(RESOLUTIONS, { error: (iss) => `must be one of ${oneOf(RESOLUTIONS)}${got(iss)}` })),
  image: Reference,
  image_tail: Reference,
  image_list: List(StillEntry),
  video: Reference,
  video_url: Reference,
  video_list: List(VideoEntry),
  input_type: z.optional(z.enum(INPUT_TYPES, { error: (iss) => `must be one of ${oneOf(INPUT_TYPES)}${got(iss)}` })),
};
const FIELD_NAMES = Object.keys(FIELDS);

/** The accepted fields of an envelope (absent ones left out: `acceptedFields`). Unknown fields are ignored. */
export const EnvelopeSchema = z.object(FIELDS, { error: (iss) => `the envelope must be a JSON object${got(iss)}` });

/** What the schema gives for a valid envelope: the one definition of its fields. */
export type EnvelopeFields = z.infer<typeof EnvelopeSchema>;

export interface NormalizedEnvelope {
  readonly ok: true;
  readonly request: QuoteRequest;
  readonly derivation: InputTypeDerivation;
  readonly stills: number;
  readonly videos: number;
  /** Which field asked for audio (`sound`, `generateAudio`, `generate_audio`), if any. */
  readonly audioFrom: string | null;
  /** Fields that were kept and ignored (`prompt`, `cfg_scale`, …). */
  readonly ignoredFields: readonly string[];
  /** Fields that took Kling's default because they were absent. */
  readonly defaulted: readonly string[];
}

export interface EnvelopeError {
  readonly ok: false;
  /** The field the problem is in ("duration", "image_list[2]"), or "" for the whole envelope. */
  readonly field: string;
  /** `duration: must be a number of seconds > 0 and ≤ 3600, got -5` */
  readonly error: string;
}

export type ParsedEnvelope = NormalizedEnvelope | EnvelopeError;

// The charge fields are read beside the envelope (charge-fields.ts), so they are not "ignored".
const KNOWN_FIELDS = new Set([...FIELD_NAMES, 'sound', 'generateAudio', 'generate_audio', ...CHARGE_FIELD_NAMES]);

/** The schema's answer for a snapshot of the accepted fields, or the first problem. Never throws. */
function schemaEnvelope(fields: unknown): EnvelopeFields | EnvelopeError {
  try {
    const result = EnvelopeSchema.safeParse(fields);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const field = formatIssuePath(issue.path);
    return { ok: false, field, error: field ? `${field}: ${issue.message}` : issue.message };
  } catch {
    return UNREADABLE;
  }
}

const UNREADABLE: EnvelopeError = {
  ok: false,
  field: '',
  error: 'the envelope could not be read (too deeply nested?)',
};

export interface ParseEnvelopeOptions {
  /** false skips the lists only a person reads (ignored and defaulted fields), for bulk pricing. */
  readonly details?: boolean;
  /**
   * A cheaper check that may accept the snapshot of accepted fields before the schema runs
   * (bulk pricing's `fastEnvelope`); null sends it to the schema, which decides and words errors.
   */
  readonly fastPath?: (fields: Record<string, unknown>) => EnvelopeFields | null;
}

/** Normalizes one envelope. Never throws: any input gives a request or a reason. */
export function parseEnvelope(input: unknown, options: ParseEnvelopeOptions = {}): ParsedEnvelope {
  const details = options.details ?? true;
  let fields: unknown;
  try {
    fields = acceptedFields(input, FIELD_NAMES);
  } catch {
    return UNREADABLE;
  }
  const fast = options.fastPath && isObject(fields) ? options.fastPath(fields) : null;
  const env = fast ?? schemaEnvelope(fields);
  if ('ok' in env) return env;
  return normalizedEnvelope(input, env, details);
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The request of an envelope whose accepted fields `env` hold the schema (the schema's
 * answer, or bulk pricing's fast path): stills, videos, the input type and audio. Never
 * throws. `seconds` is `env.duration` read by `toSeconds`, when the caller has read it.
 */
export function normalizedEnvelope(
  input: unknown,
  env: EnvelopeFields,
  details: boolean,
  seconds = toSeconds(env.duration),
): ParsedEnvelope {
  const stills = countStills(env);
  const videos = countVideos(env);
  const derivation = deriveInputType({ explicit: env.input_type, stills, videos });
  let audioFrom: string | null;
  try {
    audioFrom = audioField(input as Record<string, unknown>);
  } catch {
    return UNREADABLE;
  }
  return {
    ok: true,
    request: checkedRequest(
      {
        model: env.model_name,
        mode: env.mode ?? 'std',
        durationSeconds: seconds,
        resolution: env.resolution ?? '720p',
        inputType: derivation.inputType,
        audio: audioFrom !== null,
      },
      typeof env.duration === 'string' ? env.duration : undefined,
    ),
    derivation,
    stills,
    videos,
    audioFrom,
    ignoredFields: details ? Object.keys(input as object).filter((key) => !KNOWN_FIELDS.has(key)) : NONE,
    defaulted: details ? defaultedFields(env) : NONE,
  };
}

/** Fields that took Kling's default because they were absent. */
function defaultedFields(env: EnvelopeFields): string[] {
  const defaulted: string[] = [];
  if (env.mode === undefined) defaulted.push('mode');
  if (env.resolution === undefined) defaulted.push('resolution');
  return defaulted;
}
