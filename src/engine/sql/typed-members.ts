/**
 * Envelopes that arrive as columns (Parquet, CSV: one column a field) read without JSON text: each
 * member's value (`f_`, as JSON), kind (`t_`) and text (`s_`) straight from its column, so the
 * query never writes a row as a JSON object to parse it again. DuckDB only (the `reprice` command).
 * A column holds what the same row's JSON object would (`reprice-input.ts` documents it): a NULL
 * cell is a JSON null; a CSV cell is read as the web page reads it (empty is null, `true`/`false`
 * are booleans, a cell starting with `[` or `{` that is JSON is that JSON, any other is a string);
 * a TIMESTAMP, TIMESTAMPTZ or DATE is the ISO 8601 text of its instant in UTC.
 */
import { MEMBERS } from './envelope-sql';

export interface InputColumn {
  readonly name: string;
  /** DuckDB's name of its type (`DESCRIBE`): VARCHAR, DOUBLE, BIGINT, BOOLEAN, TIMESTAMP WITH TIME ZONE, … */
  readonly type: string;
}

export interface TypedMember {
  /** The member as JSON (NULL when the column is missing). */
  readonly value: string;
  /** Its kind, as DuckDB's `json_type` names it. */
  readonly kind: string;
  /** Its text, as `json_extract_string(value, '$')` gives it. */
  readonly text: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A timestamp as the ISO 8601 text `toISOString` writes (UTC, milliseconds, Z). */
const isoText = (ts: string) => `strftime(${ts}, '%Y-%m-%dT%H:%M:%S.%gZ')`;

/** What one cell is as text, for the types that become JSON strings (else NULL: not a string). */
function stringOf(column: string, type: string): string | null {
  if (type === 'VARCHAR') return column;
  if (type === 'TIMESTAMP WITH TIME ZONE') return isoText(`timezone('UTC', ${column})`);
  if (type.startsWith('TIMESTAMP')) return isoText(`CAST(${column} AS TIMESTAMP)`);
  if (type === 'DATE') return `strftime(${column}, '%Y-%m-%d')`;
  return null;
}

/** One column of a Parquet file (typed). */
function parquetMember(name: string, type: string): TypedMember {
  const c = ident(name);
  const text = stringOf(c, type);
  if (text !== null) {
    return {
      value: `CASE WHEN ${c} IS NULL THEN CAST('null' AS JSON) ELSE to_json(${text}) END`,
      kind: `CASE WHEN ${c} IS NULL THEN 'NULL' ELSE 'VARCHAR' END`,
      text,
    };
  }
  const json = `to_json(${c})`;
  const kind = type === 'BOOLEAN' ? `'BOOLEAN'` : `json_type(${json})`;
  return {
    value: `CASE WHEN ${c} IS NULL THEN CAST('null' AS JSON) ELSE ${json} END`,
    kind: `CASE WHEN ${c} IS NULL THEN 'NULL' ELSE ${kind} END`,
    text: `json_extract_string(${json}, '$')`,
  };
}

/** One column of a CSV file (text), as `bulk/envelope-csv.ts` reads a cell. */
function csvMember(name: string): TypedMember {
  const c = ident(name);
  const json = `(starts_with(${c}, '[') OR starts_with(${c}, '{')) AND json_valid(${c})`;
  const empty = `${c} IS NULL OR ${c} = ''`;
  return {
    value: `CASE WHEN ${empty} THEN CAST('null' AS JSON) WHEN ${c} IN ('true', 'false') THEN CAST(${c} AS JSON)
      WHEN ${json} THEN CAST(${c} AS JSON) ELSE to_json(${c}) END`,
    kind: `CASE WHEN ${empty} THEN 'NULL' WHEN ${c} IN ('true', 'false') THEN 'BOOLEAN'
      WHEN ${json} THEN json_type(CAST(${c} AS JSON)) ELSE 'VARCHAR' END`,
    text: `CASE WHEN ${empty} THEN NULL WHEN ${json} THEN json_extract_string(CAST(${c} AS JSON), '$') ELSE ${c} END`,
  };
}

/** The members the query reads, from the columns that carry them (a missing member: none). */
export function typedMembers(
  columns: readonly InputColumn[],
  format: 'csv' | 'parquet',
): Partial<Record<(typeof MEMBERS)[number], TypedMember>> {
  const byName = new Map(columns.map((c) => [c.name, c.type]));
  const members: Partial<Record<(typeof MEMBERS)[number], TypedMember>> = {};
  for (const name of MEMBERS) {
    const type = byName.get(name);
    if (type === undefined) continue;
    members[name] = format === 'csv' ? csvMember(name) : parquetMember(name, type);
  }
  return members;
}

/**
 * The row as the JSON object `--jsonl` would read, every column in order with the same readings:
 * for the engine's second look at a line (the cause of a mismatched charge).
 */
export function rowObject(columns: readonly InputColumn[], format: 'csv' | 'parquet'): string {
  const value = (c: InputColumn) => (format === 'csv' ? csvMember(c.name) : parquetMember(c.name, c.type)).value;
  const pairs = columns.map((c) => `'${c.name.replace(/'/g, "''")}', ${value(c)}`);
  return `CAST(json_object(${pairs.join(', ')}) AS VARCHAR)`;
}

/** The first CTE of a query over typed columns: the line, its members read, no JSON text. */
export function typedSource(
  members: Partial<Record<(typeof MEMBERS)[number], TypedMember>>,
  input: string,
  readerError: string,
): string {
  const items = MEMBERS.map((name) => {
    const m = members[name];
    if (!m)
      return `CAST(NULL AS JSON) AS f_${name}, CAST(NULL AS VARCHAR) AS t_${name}, CAST(NULL AS VARCHAR) AS s_${name}`;
    return `${m.value} AS f_${name}, ${m.kind} AS t_${name}, ${m.text} AS s_${name}`;
  });
  return `SELECT line, '{}' AS text, CAST('{}' AS JSON) AS j, ${readerError} AS reader_error,
    ${items.join(',\n    ')}
  FROM ${input}`;
}
