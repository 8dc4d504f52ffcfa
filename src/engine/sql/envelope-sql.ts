/**
 * SPEC §2.1 in SQL: each line's JSON read into its fields, and the first refusal, in the order
 * the engine's schema reports them (the envelope, then each field in its order), with the same
 * words (`refusalTexts`). `f_<name>` columns hold each member as JSON (NULL when missing).
 */
import { MAX_LIST_ENTRIES } from '../request/accepted-fields';
import { MAX_MODEL_NAME_LENGTH } from '../request/quote-request';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';
import type { SqlDialect } from './sql-dialect';
import type { RefusalTexts } from './sql-messages';
import { describe, hasKind, isAbsent, isBlank, JS_SPACE, jsTrim } from './sql-text';

/** The members the SQL reads: the accepted fields, the audio fields and the charge fields. */
export const MEMBERS = [
  ...['model_name', 'mode', 'duration', 'resolution', 'image', 'image_tail', 'image_list'],
  ...['video', 'video_url', 'video_list', 'input_type', 'sound', 'generateAudio', 'generate_audio'],
  ...['charged_usd', 'final_unit_deduction', 'created_at'],
] as const;

/** Lines that are not JSON: `--jsonl` adds the parser's own words, which SQL engines do not share. */
export const NOT_JSON_ERROR = 'not valid JSON: the line could not be parsed as JSON';

export const col = (member: string): string => `f_${member}`;

/** SELECT list of the fields CTE, over `j` (the parsed line). */
export function memberColumns(d: SqlDialect): string {
  return MEMBERS.map((m) => `${d.member('j', m)} AS ${col(m)}`).join(',\n    ');
}

const inList = (d: SqlDialect, text: string, values: readonly string[]) =>
  `${text} IN (${values.map((v) => d.string(v)).join(', ')})`;

/** The seconds of a valid duration as a DOUBLE (JSON number, or numeric string as `toSeconds`). */
export function durationDouble(d: SqlDialect): string {
  const v = col('duration');
  const numeric = d.fullMatch(d.scalarText(v), `[${JS_SPACE}]*(\\d+\\.?\\d*|\\.\\d+)[${JS_SPACE}]*`);
  const text = `CASE WHEN ${d.isKind(v, ['string'])} AND ${numeric} THEN ${jsTrim(d, d.scalarText(v))} END`;
  return `CASE WHEN ${d.isKind(v, ['number'])} THEN ${d.tryDouble(d.jsonText(v))} ELSE ${d.tryDouble(text)} END`;
}

function referenceChecks(d: SqlDialect, t: RefusalTexts, fields: readonly string[]): string[] {
  return fields.map((f) => {
    const v = col(f);
    const refusal = `${d.string(t.field[f])} || ${describe(d, v)}`;
    return `WHEN NOT ${isAbsent(d, v)} AND NOT ${d.isKind(v, ['string'])} THEN ${refusal}`;
  });
}

function listChecks(d: SqlDialect, t: RefusalTexts, field: string): string[] {
  const v = col(field);
  const present = `NOT ${isAbsent(d, v)}`;
  const entryOk = `${d.isKind('x', ['string', 'null', 'object'])}`;
  const bad = d.firstFailing(d.entries(v), entryOk);
  const badEntry = d.element(d.entries(v), bad);
  return [
    `WHEN ${present} AND NOT ${d.isKind(v, ['array'])} THEN ${d.string(t.field[field])} || ${describe(d, v)}`,
    `WHEN ${present} AND ${bad} > 0 THEN ${d.string(`${field}[`)} || CAST(${bad} - 1 AS ${d.textType}) || ']: ' || ` +
      `${d.string(t.entry[field])} || ${describe(d, badEntry)}`,
    `WHEN ${present} AND ${d.listLength(d.entries(v))} > ${MAX_LIST_ENTRIES} THEN ${d.string(t.listTooLong[field])}`,
  ];
}

function enumCheck(d: SqlDialect, t: RefusalTexts, field: string, values: readonly string[]): string {
  const v = col(field);
  const ok = `${d.isKind(v, ['string'])} AND ${inList(d, d.scalarText(v), values)}`;
  return `WHEN NOT ${isAbsent(d, v)} AND NOT (${ok}) THEN ${d.string(t.field[field])} || ${describe(d, v)}`;
}

/**
 * The refusal of a line by its text and its envelope (NULL: the envelope is valid), over the
 * columns `text`, `j` and the member columns. `emptyLine`: the words for a blank line, the
 * reader's (`EMPTY_LINE_ERROR.jsonl` of the bulk layer, which this layer does not import).
 */
export function envelopeError(d: SqlDialect, t: RefusalTexts, emptyLine: string): string {
  const model = col('model_name');
  const modelText = jsTrim(d, d.scalarText(model));
  const duration = col('duration');
  const seconds = durationDouble(d);
  return [
    'CASE',
    `WHEN text IS NULL OR ${isBlank(d, 'text')} THEN ${d.string(emptyLine)}`,
    `WHEN j IS NULL THEN ${d.string(NOT_JSON_ERROR)}`,
    `WHEN NOT ${d.isKind('j', ['object'])} THEN ${d.string(t.notObject)} || ${describe(d, 'j')}`,
    `WHEN ${isAbsent(d, model)} THEN ${d.string(t.modelRequired)}`,
    `WHEN NOT ${d.isKind(model, ['string'])} THEN ${d.string(t.modelNotName)} || ${describe(d, model)}`,
    `WHEN ${modelText} = '' THEN ${d.string(t.modelRequired)}`,
    `WHEN length(${modelText}) > ${MAX_MODEL_NAME_LENGTH} THEN ${d.string(t.modelTooLong)}`,
    enumCheck(d, t, 'mode', MODES),
    `WHEN ${isAbsent(d, duration)} THEN ${d.string(t.durationRequired)}`,
    `WHEN ${seconds} IS NULL OR NOT (${seconds} > 0 AND ${seconds} <= 3600) ` +
      `THEN ${d.string(t.field.duration)} || ${describe(d, duration)}`,
    enumCheck(d, t, 'resolution', RESOLUTIONS),
    ...referenceChecks(d, t, ['image', 'image_tail']),
    ...listChecks(d, t, 'image_list'),
    ...referenceChecks(d, t, ['video', 'video_url']),
    ...listChecks(d, t, 'video_list'),
    enumCheck(d, t, 'input_type', INPUT_TYPES),
    'END',
  ].join('\n      ');
}

export { hasKind };
