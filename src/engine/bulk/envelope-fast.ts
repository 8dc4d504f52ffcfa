/**
 * The fast path of envelope parsing (SPEC §2.1), for bulk pricing: nearly every persisted
 * envelope is well formed, and checking one by hand is several times cheaper than running
 * the zod schema. It sees the same snapshot of the accepted fields as the schema, accepts it
 * only when every field is plainly valid, and gives exactly the fields the schema would; for
 * anything else it returns null, and the schema decides and words the error. Its type is the
 * schema's (`EnvelopeFields`); a property test holds the two to the same answers.
 */
import { isAbsent, MAX_LIST_ENTRIES } from '../request/accepted-fields';
import { normalizedEnvelope, parseEnvelope, type EnvelopeFields, type ParsedEnvelope } from '../request/envelope';
import { isValidDuration, MAX_MODEL_NAME_LENGTH, toSeconds } from '../request/quote-request';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function oneOf(values: readonly string[], v: unknown): boolean {
  return v === undefined || values.includes(v as string);
}

const isReference = (v: unknown): boolean => v === undefined || typeof v === 'string';

/** Each entry a string, null or an object (the schema reads its fields leniently). */
function isList(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > MAX_LIST_ENTRIES) return false;
  for (const entry of v) if (entry !== null && typeof entry !== 'string' && !isObject(entry)) return false;
  return true;
}

/**
 * The fields when all are plainly valid (the model name trimmed, as the schema trims it); else
 * null. `seconds` is the duration as read (`toSeconds`), when the caller has read it already.
 */
export function fastEnvelope(
  fields: Record<string, unknown>,
  seconds = toSeconds(fields.duration),
): EnvelopeFields | null {
  const { model_name: name, mode, resolution, input_type: inputType } = fields;
  if (typeof name !== 'string') return null;
  const model = name.trim();
  if (model.length === 0 || model.length > MAX_MODEL_NAME_LENGTH) return null;
  if (!isValidDuration(seconds)) return null;
  if (!oneOf(MODES, mode) || !oneOf(RESOLUTIONS, resolution) || !oneOf(INPUT_TYPES, inputType)) return null;
  if (!isReference(fields.image) || !isReference(fields.image_tail)) return null;
  if (!isReference(fields.video) || !isReference(fields.video_url)) return null;
  if (!isList(fields.image_list) || !isList(fields.video_list)) return null;
  // Checked field by field above: these are the schema's fields, as the schema would give them.
  // `fields` is the parser's own snapshot, so trimming the name in place changes nothing else.
  fields.model_name = model;
  return fields as EnvelopeFields;
}

const present = (v: unknown): unknown => (isAbsent(v) ? undefined : v);

/**
 * The snapshot `acceptedFields` takes, each field read once in the same order, as one object
 * of one shape (an absent field is undefined); null when reading throws.
 */
function snapshot(input: Record<string, unknown>): Record<string, unknown> | null {
  try {
    return {
      model_name: present(input.model_name),
      mode: present(input.mode),
      duration: present(input.duration),
      resolution: present(input.resolution),
      image: present(input.image),
      image_tail: present(input.image_tail),
      image_list: present(input.image_list),
      video: present(input.video),
      video_url: present(input.video_url),
      video_list: present(input.video_list),
      input_type: present(input.input_type),
    };
  } catch {
    return null;
  }
}

/**
 * `parseEnvelope` without the lists only a person reads, for bulk pricing: a plainly valid
 * envelope is read once and checked by hand; anything else is read again by `parseEnvelope`,
 * whose schema decides and words the error (a property test holds the two to one answer).
 */
export function parseEnvelopeInBulk(input: unknown): ParsedEnvelope {
  const fields = isObject(input) ? snapshot(input) : null;
  // The duration's text is read once: turning text into a number is a good part of the cost.
  const seconds = fields ? toSeconds(fields.duration) : NaN;
  const env = fields && fastEnvelope(fields, seconds);
  return env ? normalizedEnvelope(input, env, false, seconds) : parseEnvelope(input, { details: false });
}
