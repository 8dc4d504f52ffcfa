/**
 * The few places where SQL engines differ for re-pricing (SPEC §11): JSON access, lists of
 * JSON, regular expressions, exact rounding and table literals. Everything else the compiler
 * writes is plain SQL (CASE, CAST to DECIMAL, FLOOR, CEIL, string concatenation).
 * DuckDB is run by the tests; Spark SQL (4.x, VARIANT) and BigQuery are written to the same
 * rules and not run here.
 */

/** JSON value kinds, named alike in every dialect. */
export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface SqlDialect {
  readonly name: 'duckdb' | 'spark' | 'bigquery';
  /** The type of text. */
  readonly textType: string;
  /** Entry `position` (1-based, an SQL expression) of a list. */
  element(list: string, position: string): string;
  /** An exact decimal type with `scale` digits after the point, for amounts from the cards (`decimal-width.ts`). */
  decimal(scale: number): string;
  /** An exact decimal type with `scale` digits after the point (precision 38), for any other number. */
  wideDecimal(scale: number): string;
  /** The text `t` parsed as JSON, or NULL when it is not valid JSON. */
  parseJson(text: string): string;
  /** The value at `.key` of JSON `j` (NULL when missing), as JSON. */
  member(j: string, key: string): string;
  /** Whether JSON value `v` (never SQL NULL here) is of one of `kinds`. */
  isKind(v: string, kinds: readonly JsonKind[]): string;
  /** The kind of JSON value `v`, in the dialect's own names (compared by `kindIn`). */
  kindOf(v: string): string;
  /** Whether a kind (from `kindOf`) is one of `kinds`. */
  kindIn(kind: string, kinds: readonly JsonKind[]): string;
  /** The members `keys` of JSON text `j`, read in one pass where the dialect can: one expression each. */
  members(j: string, keys: readonly string[]): { readonly list: string | null; readonly each: readonly string[] };
  /** Characters removed from both ends of text (`chars` a string of single characters). */
  trimChars(text: string, chars: string): string;
  /** A JSON string value as text; a JSON number as its text (other kinds: read only after a kind check). */
  scalarText(v: string): string;
  /** JSON value `v` written as JSON text (numbers as the engine writes doubles). */
  jsonText(v: string): string;
  /** The entries of a JSON array, as a list of JSON values. */
  entries(v: string): string;
  /** How many of list `list` satisfy `predicate` (a lambda over `x`). */
  countWhere(list: string, predicate: string): string;
  /** The 1-based position of the first entry of `list` NOT satisfying `predicate`; 0 when none. */
  firstFailing(list: string, predicate: string): string;
  listLength(list: string): string;
  /** How many entries JSON array `v` has. */
  arrayLength(v: string): string;
  /** Whether `text` matches the whole of `regex` (RE2 syntax). */
  fullMatch(text: string, regex: string): string;
  /** Capture group `group` of `regex` in `text` ('' when none). */
  extract(text: string, regex: string, group: number): string;
  /** Text to DOUBLE, NULL when it does not parse; used for durations only, never money. */
  tryDouble(text: string): string;
  /** A DOUBLE written as the shortest text that reads back as it (for exact DECIMAL casts). */
  doubleText(d: string): string;
  tryDecimal(text: string, scale: number): string;
  /** A table literal: rows of SQL literals under `columns`. */
  values(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string;
  /** Integer division of two exact integers (DECIMAL scale 0), truncated toward zero. */
  intDivide(a: string, b: string): string;
  /** Epoch milliseconds (a BIGINT) as a UTC timestamp. */
  fromEpochMs(ms: string): string;
  /** A timestamp written `YYYY-MM-DDTHH:MM:SS.mmm` (UTC, no zone letter). */
  formatTimestamp(ts: string): string;
  /** A timestamp from a date text `YYYY-MM-DD` and a time text `HH:MM:SS`; NULL if not a time. */
  tryTimestamp(date: string, time: string): string;
  /** `ts` plus `ms` milliseconds (negative allowed). */
  addMs(ts: string, ms: string): string;
  /** Text of a valid calendar date `YYYY-MM-DD`, else NULL. */
  tryDate(text: string): string;
  /** A string literal. */
  string(text: string): string;
  /**
   * Texts joined in one call, none of them NULL. A long chain of `||` copies the text built so far
   * at each step, which costs DuckDB ten times as much on a record of fifty pieces.
   */
  concat(parts: readonly string[]): string;
  /** Text as a JSON string literal (quoted and escaped as JSON.stringify does); NULL stays NULL. */
  jsonString(text: string): string;
}

export const quote = (text: string, escapeBackslash: boolean): string => {
  const body = escapeBackslash ? text.replace(/\\/g, '\\\\') : text;
  return `'${body.replace(/'/g, escapeBackslash ? "\\'" : "''")}'`;
};

/**
 * What DuckDB's JSON reader takes and JSON does not, in an RE2 pattern (strings not yet set aside):
 * a trailing comma, and NaN or Infinity in any case (`nan`, `inf`, `-Infinity`). Outside strings,
 * JSON's only words are true, false and null.
 */
const LOOSE_JSON = `',[ \t\n\r]*[}\\]]|(?i:nan|inf)'`;

export const duckdb: SqlDialect = {
  name: 'duckdb',
  textType: 'VARCHAR',
  element: (list, position) => `${list}[${position}]`,
  decimal: (scale) => `DECIMAL(38, ${scale})`,
  wideDecimal: (scale) => `DECIMAL(38, ${scale})`,
  // DuckDB's reader also takes trailing commas, NaN and Infinity (any case), which JSON (and JSON.parse) refuse.
  // The line stays text: json_extract reads it once for every member (`members`). Each test is a WHEN
  // of its own: CASE asks the next one of the lines left only, where AND asks both of every line.
  parseJson: (t) =>
    `CASE WHEN NOT json_valid(${t}) THEN NULL WHEN NOT regexp_matches(${t}, ${LOOSE_JSON}) THEN ${t} ` +
    `WHEN regexp_matches(regexp_replace(${t}, '"(?:[^"\\\\]|\\\\.)*"', '""', 'g'), ${LOOSE_JSON}) THEN NULL ` +
    `ELSE ${t} END`,
  member: (j, key) => `json_extract(${j}, ${quote(`$."${key}"`, false)})`,
  isKind: (v, kinds) => duckKindIn(`json_type(${v})`, kinds),
  kindOf: (v) => `json_type(${v})`,
  kindIn: (kind, kinds) => duckKindIn(kind, kinds),
  // One parse of the line for every member (json_extract with a list of paths).
  members: (j, keys) => ({
    list: `json_extract(${j}, [${keys.map((k) => quote(`$."${k}"`, false)).join(', ')}])`,
    each: keys.map((_, i) => `members[${i + 1}]`),
  }),
  // trim with a set of characters is slow: only a text that starts or ends with one of them is trimmed.
  trimChars: (text, chars) => {
    const set = quote(chars, false);
    const ends = `contains(${set}, left(${text}, 1)) OR contains(${set}, right(${text}, 1))`;
    return `CASE WHEN ${ends} THEN trim(${text}, ${set}) ELSE ${text} END`;
  },
  // An object's or a list's JSON text too: every reader checks the kind first (one parse saved a member).
  scalarText: (v) => `json_extract_string(${v}, '$')`,
  jsonText: (v) => `CAST(${v} AS VARCHAR)`,
  entries: (v) => `json_extract(${v}, '$[*]')`,
  countWhere: (list, p) => `len(list_filter(${list}, x -> ${p}))`,
  firstFailing: (list, p) => `list_position(list_transform(${list}, x -> coalesce(${p}, false)), false)`,
  listLength: (list) => `len(${list})`,
  arrayLength: (v) => `json_array_length(${v})`,
  fullMatch: (t, r) => `regexp_full_match(${t}, ${quote(r, false)})`,
  extract: (t, r, g) => `regexp_extract(${t}, ${quote(r, false)}, ${g})`,
  tryDouble: (t) => `TRY_CAST(${t} AS DOUBLE)`,
  doubleText: (d) => `CAST(${d} AS VARCHAR)`,
  tryDecimal: (t, s) => `TRY_CAST(${t} AS DECIMAL(38, ${s}))`,
  values: (columns, rows) =>
    `SELECT * FROM (VALUES ${rows.map((r) => `(${r.join(', ')})`).join(',\n  ')}) AS t(${columns.join(', ')})`,
  intDivide: (a, b) => `(CAST(${a} AS HUGEINT) // CAST(${b} AS HUGEINT))`,
  fromEpochMs: (ms) => `make_timestamp(CAST(${ms} AS BIGINT) * 1000)`,
  // As JavaScript's toISOString: a year past 9999 is written with a sign and six digits.
  formatTimestamp: (ts) =>
    `CASE WHEN year(${ts}) > 9999 THEN '+' || lpad(CAST(year(${ts}) AS VARCHAR), 6, '0') || ` +
    `strftime(${ts}, '-%m-%dT%H:%M:%S.%g') ELSE strftime(${ts}, '%Y-%m-%dT%H:%M:%S.%g') END`,
  tryTimestamp: (d, t) => `TRY_CAST(${d} || ' ' || ${t} AS TIMESTAMP)`,
  addMs: (ts, ms) => `(${ts} + to_milliseconds(CAST(${ms} AS BIGINT)))`,
  tryDate: (t) => `CAST(TRY_CAST(${t} AS DATE) AS VARCHAR)`,
  string: (t) => quote(t, false),
  concat: (parts) => `concat(${parts.join(', ')})`,
  jsonString: (t) => `CAST(to_json(CAST(${t} AS VARCHAR)) AS VARCHAR)`,
};

const duckKindIn = (kind: string, kinds: readonly JsonKind[]) =>
  `${kind} IN (${kinds
    .flatMap((k) => DUCK_KINDS[k])
    .map((n) => `'${n}'`)
    .join(', ')})`;

const DUCK_KINDS: Record<JsonKind, readonly string[]> = {
  object: ['OBJECT'],
  array: ['ARRAY'],
  string: ['VARCHAR'],
  number: ['BIGINT', 'UBIGINT', 'DOUBLE', 'HUGEINT'],
  boolean: ['BOOLEAN'],
  null: ['NULL'],
};
