/**
 * SPEC §2.1's input-type derivation in SQL, as `request/references.ts` and
 * `request/input-type.ts` count and decide: stills, source videos, the first rule that matches,
 * and its reason in the engine's words. Also the audio flag.
 */
import type { SqlDialect } from './sql-dialect';
import { col } from './envelope-sql';
import { hasKind, isAbsent, isBlank, isPresentString, jsTrim, kindIs, textOf } from './sql-text';

/**
 * Entries of a list field that count: non-blank strings, or objects with one of `keys` non-blank.
 * Each test is a WHEN of its own: CASE reads an object's members only for objects, and the second
 * key only where the first is not there (OR and AND read every side of every entry).
 */
function listCount(d: SqlDialect, field: string, keys: readonly string[]): string {
  const v = col(field);
  const objectHas = keys.map((k) => `WHEN ${isPresentString(d, d.member('x', k))} THEN true`).join(' ');
  const counts =
    `CASE WHEN ${kindIs(d, 'x', ['string'])} THEN NOT ${isBlank(d, d.scalarText('x'))} ` +
    `WHEN ${kindIs(d, 'x', ['object'])} THEN CASE ${objectHas} ELSE false END ELSE false END`;
  return `CASE WHEN ${hasKind(d, v, ['array'])} THEN ${d.countWhere(d.entries(v), counts)} ELSE 0 END`;
}

const one = (d: SqlDialect, field: string) => `CASE WHEN ${isPresentString(d, col(field))} THEN 1 ELSE 0 END`;

/** Stills: `image`, `image_tail` and the entries of `image_list` with an image. */
export function stillsCount(d: SqlDialect): string {
  return `(${one(d, 'image')} + ${one(d, 'image_tail')} + ${listCount(d, 'image_list', ['image', 'image_url'])})`;
}

/** Source videos: `video`, `video_url` and the entries of `video_list` with a video. */
export function videosCount(d: SqlDialect): string {
  return `(${one(d, 'video')} + ${one(d, 'video_url')} + ${listCount(d, 'video_list', ['video_url', 'video'])})`;
}

/** The explicit `input_type` (valid: the envelope's checks ran first), or NULL. */
export function explicitInput(d: SqlDialect): string {
  const v = col('input_type');
  return `CASE WHEN NOT ${isAbsent(d, v)} THEN ${textOf(d, v)} END`;
}

/** Over columns `explicit_input`, `stills`, `videos`. */
export const INPUT_TYPE = `CASE WHEN explicit_input IS NOT NULL THEN explicit_input
      WHEN videos > 0 THEN 'video' WHEN stills >= 2 THEN 'multi-image' WHEN stills = 1 THEN 'image' ELSE 'text' END`;

/** The reason of `deriveInputType`, over the same columns. */
export function inputTypeReason(d: SqlDialect): string {
  const n = (c: string) => `CAST(${c} AS ${d.name === 'bigquery' ? 'STRING' : 'VARCHAR'})`;
  const stills = `CASE WHEN stills = 1 THEN '1 still' ELSE ${n('stills')} || ' stills' END`;
  const videos = `CASE WHEN videos = 1 THEN 'a source video' ELSE ${n('videos')} || ' source videos' END`;
  return `CASE WHEN explicit_input IS NOT NULL THEN 'explicit input_type "' || explicit_input || '"'
      WHEN videos > 0 THEN 'has ' || ${videos} || ' → video'
        || CASE WHEN stills > 0 THEN ', even with ' || ${stills} ELSE '' END
      WHEN stills >= 2 THEN ${stills} || ' → multi-image'
      WHEN stills = 1 THEN '1 still → image'
      ELSE 'no stills and no source video → text' END`;
}

/** `audioField`: `sound` "on" (any case, trimmed), or `generateAudio` / `generate_audio` true. */
export function audioRequested(d: SqlDialect): string {
  const sound = col('sound');
  const isTrue = (f: string) => `(${hasKind(d, col(f), ['boolean'])} AND ${textOf(d, col(f))} = 'true')`;
  const on = `(${hasKind(d, sound, ['string'])} AND lower(${jsTrim(d, textOf(d, sound))}) = 'on')`;
  return `(${on} OR ${isTrue('generateAudio')} OR ${isTrue('generate_audio')})`;
}
