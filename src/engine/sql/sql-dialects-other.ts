/**
 * Spark SQL (4.x: VARIANT for JSON) and BigQuery (JSON type, BIGNUMERIC), written to the same
 * rules as DuckDB and not run here. Spark and BigQuery read timestamps in the session's time
 * zone: run them in UTC.
 */
import { quote, type JsonKind, type SqlDialect } from './sql-dialect';

const SPARK_KINDS: Record<JsonKind, (s: string) => string> = {
  object: (s) => `${s} LIKE 'OBJECT%'`,
  array: (s) => `${s} LIKE 'ARRAY%'`,
  string: (s) => `${s} = 'STRING'`,
  number: (s) => `(${s} IN ('BIGINT', 'INT', 'SMALLINT', 'TINYINT', 'DOUBLE', 'FLOAT') OR ${s} LIKE 'DECIMAL%')`,
  boolean: (s) => `${s} = 'BOOLEAN'`,
  null: (s) => `${s} = 'VOID'`,
};

export const spark: SqlDialect = {
  name: 'spark',
  textType: 'STRING',
  element: (list, position) => `element_at(${list}, ${position})`,
  decimal: (scale) => `DECIMAL(38, ${scale})`,
  wideDecimal: (scale) => `DECIMAL(38, ${scale})`,
  parseJson: (t) => `try_parse_json(${t})`,
  member: (j, key) => `variant_get(${j}, ${quote(`$['${key}']`, true)})`,
  isKind: (v, kinds) => `(${kinds.map((k) => SPARK_KINDS[k](`schema_of_variant(${v})`)).join(' OR ')})`,
  kindOf: (v) => `schema_of_variant(${v})`,
  kindIn: (kind, kinds) => `(${kinds.map((k) => SPARK_KINDS[k](kind)).join(' OR ')})`,
  members: (j, keys) => ({ list: null, each: keys.map((k) => spark.member(j, k)) }),
  trimChars: (text, chars) => `trim(BOTH ${quote(chars, true)} FROM ${text})`,
  scalarText: (v) =>
    `CASE WHEN NOT (schema_of_variant(${v}) LIKE 'OBJECT%' OR schema_of_variant(${v}) LIKE 'ARRAY%') ` +
    `THEN try_variant_get(${v}, '$', 'string') END`,
  jsonText: (v) => `to_json(${v})`,
  entries: (v) => `try_variant_get(${v}, '$', 'array<variant>')`,
  countWhere: (list, p) => `size(filter(${list}, x -> ${p}))`,
  firstFailing: (list, p) => `array_position(transform(${list}, x -> coalesce(${p}, false)), false)`,
  listLength: (list) => `size(${list})`,
  arrayLength: (v) => `size(try_variant_get(${v}, '$', 'array<variant>'))`,
  fullMatch: (t, r) => `regexp_like(${t}, ${quote(`^(?:${r})$`, true)})`,
  extract: (t, r, g) => `regexp_extract(${t}, ${quote(r, true)}, ${g})`,
  tryDouble: (t) => `try_cast(${t} AS DOUBLE)`,
  doubleText: (d) => `CAST(${d} AS STRING)`,
  tryDecimal: (t, s) => `try_cast(${t} AS DECIMAL(38, ${s}))`,
  values: (columns, rows) =>
    `SELECT * FROM VALUES ${rows.map((r) => `(${r.join(', ')})`).join(',\n  ')} AS t(${columns.join(', ')})`,
  intDivide: (a, b) => `CAST((${a}) DIV (${b}) AS DECIMAL(38, 0))`,
  fromEpochMs: (ms) => `timestamp_millis(CAST(${ms} AS BIGINT))`,
  formatTimestamp: (ts) => `date_format(${ts}, "yyyy-MM-dd'T'HH:mm:ss.SSS")`,
  tryTimestamp: (d, t) => `try_to_timestamp(${d} || ' ' || ${t}, 'yyyy-MM-dd HH:mm:ss')`,
  addMs: (ts, ms) => `timestampadd(MILLISECOND, CAST(${ms} AS BIGINT), ${ts})`,
  tryDate: (t) => `CAST(try_to_date(${t}, 'yyyy-MM-dd') AS STRING)`,
  string: (t) => quote(t, true),
  concat: (parts) => `concat(${parts.join(', ')})`,
  jsonString: (t) =>
    `CASE WHEN ${t} IS NOT NULL THEN substr(to_json(named_struct('v', ${t})), 6, ` +
    `length(to_json(named_struct('v', ${t}))) - 6) END`,
};

/** BigQuery's REGEXP_EXTRACT returns the one capturing group: keep group `g`, make the others non-capturing. */
function onlyGroup(regex: string, g: number): string {
  let n = 0;
  return regex.replace(/\\.|\((?!\?)/g, (m) => {
    if (m !== '(') return m;
    n += 1;
    return n === g ? '(' : '(?:';
  });
}

export const bigquery: SqlDialect = {
  name: 'bigquery',
  textType: 'STRING',
  element: (list, position) => `${list}[SAFE_ORDINAL(${position})]`,
  decimal: () => 'BIGNUMERIC',
  wideDecimal: () => 'BIGNUMERIC',
  parseJson: (t) => `SAFE.PARSE_JSON(${t})`,
  member: (j, key) => `JSON_QUERY(${j}, ${quote(`$."${key}"`, true)})`,
  isKind: (v, kinds) => `JSON_TYPE(${v}) IN (${kinds.map((k) => `'${k}'`).join(', ')})`,
  kindOf: (v) => `JSON_TYPE(${v})`,
  kindIn: (kind, kinds) => `${kind} IN (${kinds.map((k) => `'${k}'`).join(', ')})`,
  members: (j, keys) => ({ list: null, each: keys.map((k) => bigquery.member(j, k)) }),
  trimChars: (text, chars) => `TRIM(${text}, ${quote(chars, true)})`,
  scalarText: (v) => `JSON_VALUE(${v})`,
  jsonText: (v) => `TO_JSON_STRING(${v})`,
  entries: (v) => `JSON_QUERY_ARRAY(${v})`,
  countWhere: (list, p) => `(SELECT COUNT(*) FROM UNNEST(${list}) AS x WHERE ${p})`,
  firstFailing: (list, p) =>
    `coalesce((SELECT MIN(o) + 1 FROM UNNEST(${list}) AS x WITH OFFSET o WHERE NOT coalesce(${p}, false)), 0)`,
  listLength: (list) => `ARRAY_LENGTH(${list})`,
  arrayLength: (v) => `ARRAY_LENGTH(JSON_QUERY_ARRAY(${v}))`,
  fullMatch: (t, r) => `REGEXP_CONTAINS(${t}, ${quote(`^(?:${r})$`, true)})`,
  extract: (t, r, g) => `coalesce(REGEXP_EXTRACT(${t}, ${quote(onlyGroup(r, g), true)}), '')`,
  tryDouble: (t) => `SAFE_CAST(${t} AS FLOAT64)`,
  doubleText: (d) => `CAST(${d} AS STRING)`,
  tryDecimal: (t) => `SAFE_CAST(${t} AS BIGNUMERIC)`,
  values: (columns, rows) =>
    rows.map((r) => `SELECT ${r.map((cell, i) => `${cell} AS ${columns[i]}`).join(', ')}`).join('\n  UNION ALL '),
  intDivide: (a, b) => `DIV(${a}, ${b})`,
  fromEpochMs: (ms) => `TIMESTAMP_MILLIS(CAST(${ms} AS INT64))`,
  formatTimestamp: (ts) => `FORMAT_TIMESTAMP('%Y-%m-%dT%H:%M:%E3S', ${ts}, 'UTC')`,
  tryTimestamp: (d, t) => `SAFE.PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S', ${d} || ' ' || ${t}, 'UTC')`,
  addMs: (ts, ms) => `TIMESTAMP_ADD(${ts}, INTERVAL CAST(${ms} AS INT64) MILLISECOND)`,
  tryDate: (t) => `CAST(SAFE.PARSE_DATE('%Y-%m-%d', ${t}) AS STRING)`,
  string: (t) => quote(t, true),
  concat: (parts) => `CONCAT(${parts.join(', ')})`,
  jsonString: (t) => `CASE WHEN ${t} IS NOT NULL THEN TO_JSON_STRING(${t}) END`,
};
