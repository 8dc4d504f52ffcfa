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
import { describe, hasKind, isAbsent, isBlank, JS_SPACE, jsTrim, kindIs, textOf } from './sql-text';

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
export function memberColumns(d: SqlDialect): { readonly list: string | null; readonly columns: string } {
  const { list, each } = d.members('j', MEMBERS);
  return { list, columns: each.map((e, i) => `${e} AS ${col(MEMBERS[i])}`).join(',\n    ') };
}

const inList = (d: SqlDialect, text: string, values: readonly string[]) =>
  `${text} IN (${values.map((v) => d.string(v)).join(', ')})`;

/** The seconds of a valid duration as a DOUBLE (JSON number, or numeric string as `toSeconds`). */
export function durationDouble(d: SqlDialect): string {
  const v = col('duration');
  const numeric = d.fullMatch(textOf(d, v), `[${JS_SPACE}]*(\\d+\\.?\\d*|\\.\\d+)[${JS_SPACE}]*`);
  const text = `CASE WHEN ${kindIs(d, v, ['string'])} AND ${numeric} THEN ${jsTrim(d, textOf(d, v))} END`;
  return `CASE WHEN ${kindIs(d, v, ['number'])} THEN ${d.tryDouble(d.jsonText(v))} ELSE ${d.tryDouble(text)} END`;
}

function referenceChecks(d: SqlDialect, t: RefusalTexts, fields: readonly string[]): string[] {
  return fields.map((f) => {
    const v = col(f);
    const refusal = `${d.string(t.field[f])} || ${describe(d, v)}`;
    return `WHEN NOT ${isAbsent(d, v)} AND NOT ${kindIs(d, v, ['string'])} THEN ${refusal}`;
  });
}

function listChecks(d: SqlDialect, t: RefusalTexts, field: string): string[] {
  const v = col(field);
  const present = `NOT ${isAbsent(d, v)}`;
  const entryOk = `${kindIs(d, 'x', ['string', 'null', 'object'])}`;
  const bad = d.firstFailing(d.entries(v), entryOk);
  const badEntry = d.element(d.entries(v), bad);
  return [
    `WHEN ${present} AND NOT ${kindIs(d, v, ['array'])} THEN ${d.string(t.field[field])} || ${describe(d, v)}`,
    `WHEN ${present} AND ${bad} > 0 THEN ${d.string(`${field}[`)} || CAST(${bad} - 1 AS ${d.textType}) || ']: ' || ` +
      `${d.string(t.entry[field])} || ${describe(d, badEntry)}`,
    `WHEN ${present} AND ${d.listLength(d.entries(v))} > ${MAX_LIST_ENTRIES} THEN ${d.string(t.listTooLong[field])}`,
  ];
}

function enumCheck(d: SqlDialect, t: RefusalTexts, field: string, values: readonly string[]): string {
  const v = col(field);
  const ok = `${kindIs(d, v, ['string'])} AND ${inList(d, textOf(d, v), values)}`;
  return `WHEN NOT ${isAbsent(d, v)} AND NOT (${ok}) THEN ${d.string(t.field[field])} || ${describe(d, v)}`;
}

/**
 * The refusal of a line by its text and its envelope (NULL: the envelope is valid), over the
 * columns `text`, `j` and the member columns. `emptyLine`: the words for a blank line, the
 * reader's (`EMPTY_LINE_ERROR.jsonl` of the bulk layer, which this layer does not import).
 */
export function envelopeError(d: SqlDialect, t: RefusalTexts, emptyLine: string): string {
  // Nearly every line starts with `{`: it is not blank, and once it is JSON it is an object. Read at
  // its first character, that spares trimming the line and parsing it once more.
  const brace = (text: string) => `substr(${text}, 1, 1) = '{'`;
  const model = col('model_name');
  const modelText = jsTrim(d, textOf(d, model));
  const duration = col('duration');
  const seconds = 'seconds_double';
  return [
    'CASE',
    `WHEN text IS NULL OR (NOT ${brace('text')} AND ${isBlank(d, 'text')}) THEN ${d.string(emptyLine)}`,
    `WHEN j IS NULL THEN ${d.string(NOT_JSON_ERROR)}`,
    `WHEN CASE WHEN ${brace('j')} THEN false ELSE NOT ${kindIs(d, 'j', ['object'])} END ` +
      `THEN ${d.string(t.notObject)} || ${describe(d, 'j')}`,
    `WHEN ${isAbsent(d, model)} THEN ${d.string(t.modelRequired)}`,
    `WHEN NOT ${kindIs(d, model, ['string'])} THEN ${d.string(t.modelNotName)} || ${describe(d, model)}`,
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
