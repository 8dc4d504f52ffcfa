/**
 * The fast path of envelope parsing (SPEC §2.1), for bulk pricing: nearly every persisted
 * envelope is well formed, and checking one by hand is several times cheaper than running
 * the zod schema. This accepts only an envelope whose every accepted field is absent or
 * plainly valid, and gives exactly the fields the schema would; for anything else it
 * returns null, and the schema decides and words the error. A property test holds the two
 * to the same answers.
 */
import { isValidDuration, toSeconds } from './quote-request';
import { INPUT_TYPES, MODES, RESOLUTIONS, type InputType, type Mode, type Resolution } from './vocabulary';

/** Empty strings, null and empty lists in the accepted fields count as absent (SPEC §2.1). */
export function isAbsent(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** What the envelope schema gives for a valid envelope (after absent fields are dropped). */
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
const present = (v: unknown): unknown => (isAbsent(v) ? undefined : v);

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

/** The envelope's accepted fields when all are plainly valid; null when the schema must look. */
export function fastEnvelope(input: unknown): EnvelopeFields | null {
  if (!isObject(input)) return null;
  const name = present(input.model_name);
  if (typeof name !== 'string') return null;
  const model = name.trim();
  if (model.length === 0 || model.length > 120) return null;
  const duration = present(input.duration);
  if (!isValidDuration(toSeconds(duration))) return null;
  const mode = present(input.mode);
  const resolution = present(input.resolution);
  const inputType = present(input.input_type);
  if (!oneOf(MODES, mode) || !oneOf(RESOLUTIONS, resolution) || !oneOf(INPUT_TYPES, inputType)) return null;
  const image = present(input.image);
  const imageTail = present(input.image_tail);
  const video = present(input.video);
  const videoUrl = present(input.video_url);
  if (!isReference(image) || !isReference(imageTail) || !isReference(video) || !isReference(videoUrl)) return null;
  const imageList = present(input.image_list);
  const videoList = present(input.video_list);
  if (!isList(imageList) || !isList(videoList)) return null;
  return {
    model_name: model,
    mode,
    duration,
    resolution,
    image,
    image_tail: imageTail,
    image_list: imageList as EnvelopeFields['image_list'],
    video,
    video_url: videoUrl,
    video_list: videoList as EnvelopeFields['video_list'],
    input_type: inputType,
  };
}
