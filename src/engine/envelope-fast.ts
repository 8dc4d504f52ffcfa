/**
 * The fast path of envelope parsing (SPEC §2.1), for bulk pricing: nearly every persisted
 * envelope is well formed, and checking one by hand is several times cheaper than running
 * the zod schema. Both paths see the same snapshot of the accepted fields (`acceptedFields`:
 * each read once, absent ones left out). The fast path accepts a snapshot only when every
 * field is plainly valid, and gives exactly the fields the schema would; for anything else
 * it returns null, and the schema decides and words the error. A property test holds the
 * two to the same answers.
 */
import { isValidDuration, toSeconds } from './quote-request';
import { INPUT_TYPES, MODES, RESOLUTIONS, type InputType, type Mode, type Resolution } from './vocabulary';

/** Empty strings, null and empty lists in the accepted fields count as absent (SPEC §2.1). */
export function isAbsent(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** What the envelope schema gives for a valid envelope. */
export interface EnvelopeFields {
  model_name: string;
  mode?: Mode;
  duration: unknown;
  resolution?: Resolution;
  image?: string;
  image_tail?: string;
  image_list?: Array<string | null | { image?: unknown; image_url?: unknown }>;
  video?: string;
  video_url?: string;
  video_list?: Array<string | null | { video_url?: unknown; video?: unknown }>;
  input_type?: InputType;
}

export const MAX_LIST_ENTRIES = 1000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A plain object of the envelope's accepted fields that are present, each read once (own
 * or inherited, as property access reads them); anything but an object is returned as it
 * is, for the schema to refuse. May throw (a getter that throws).
 */
export function acceptedFields(input: unknown, names: readonly string[]): unknown {
  if (!isObject(input)) return input;
  const fields: Record<string, unknown> = {};
  for (const name of names) {
    const value = input[name];
    if (!isAbsent(value)) fields[name] = value;
  }
  return fields;
}

function oneOf<T extends string>(values: readonly T[], v: unknown): v is T | undefined {
  return v === undefined || (values as readonly unknown[]).includes(v);
}

const isReference = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

/** Each entry a string, null or an object (the schema reads its fields leniently). */
function isList(v: unknown): v is unknown[] | undefined {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > MAX_LIST_ENTRIES) return false;
  for (const entry of v) if (entry !== null && typeof entry !== 'string' && !isObject(entry)) return false;
  return true;
}

/**
 * The fields of a snapshot from `acceptedFields` when all are plainly valid (the model
 * name trimmed, as the schema trims it); null when the schema must look.
 */
export function fastEnvelope(fields: unknown): EnvelopeFields | null {
  if (!isObject(fields)) return null;
  const { model_name: name, duration, mode, resolution, input_type: inputType } = fields;
  if (typeof name !== 'string') return null;
  const model = name.trim();
  if (model.length === 0 || model.length > 120) return null;
  if (!isValidDuration(toSeconds(duration))) return null;
  if (!oneOf(MODES, mode) || !oneOf(RESOLUTIONS, resolution) || !oneOf(INPUT_TYPES, inputType)) return null;
  if (!isReference(fields.image) || !isReference(fields.image_tail) || !isReference(fields.video) || !isReference(fields.video_url)) return null;
  if (!isList(fields.image_list) || !isList(fields.video_list)) return null;
  fields.model_name = model;
  return fields as unknown as EnvelopeFields;
}
