/** Typed SQL literals and table literals for the card tables. */
import { toDecimalString, type Ratio } from '../money/money';
import type { SqlDialect } from './sql-dialect';

export type ColumnType = 'text' | 'int' | 'bool' | { readonly decimal: number };

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

export type Cell = string | number | boolean | Ratio | null;

function typeName(d: SqlDialect, type: ColumnType): string {
  if (type === 'text') return d.name === 'bigquery' ? 'STRING' : 'VARCHAR';
  if (type === 'int') return d.name === 'bigquery' ? 'INT64' : 'INTEGER';
  if (type === 'bool') return 'BOOLEAN';
  return d.decimal(type.decimal);
}

/** One cell as a literal of its column's type (NULL typed too, so every row agrees). */
export function literal(d: SqlDialect, type: ColumnType, value: Cell): string {
  if (value === null) return `CAST(NULL AS ${typeName(d, type)})`;
  if (type === 'text') return d.string(String(value));
  if (type === 'int') return String(value);
  if (type === 'bool') return value ? 'TRUE' : 'FALSE';
  const text = typeof value === 'object' ? toDecimalString(value) : String(value);
  return `CAST('${text}' AS ${typeName(d, type)})`;
}

/** A table literal; an empty table gets one row of NULLs with epoch -1, which no line joins. */
export function tableLiteral(d: SqlDialect, columns: readonly Column[], rows: ReadonlyArray<readonly Cell[]>) {
  const filler: Cell[] = columns.map((c) => (c.name === 'epoch' ? -1 : null));
  const all = rows.length > 0 ? rows : [filler];
  return d.values(
    columns.map((c) => c.name),
    all.map((row) => row.map((cell, i) => literal(d, columns[i].type, cell))),
  );
}

/** The largest scale of these decimals (at least `least`). */
export function maxScale(values: ReadonlyArray<Ratio | null | undefined>, least = 0): number {
  let scale = least;
  for (const v of values) if (v && Number(v.scale) > scale) scale = Number(v.scale);
  return scale;
}
