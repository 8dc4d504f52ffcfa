/**
 * The priced rows written by DuckDB's own COPY (JSON Lines: the `--jsonl` lines; CSV and
 * Parquet: one column a field), and the summary `reprice` prints: rows, refused, totals.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { PRICED_COLUMNS } from '../engine';
import { fileLiteral } from './duckdb-path';
import type { FileFormat } from './reprice-args';
import { writeWhole } from './whole-file';

/** The priced rows written to `file`, whole or not at all (`whole-file.ts`). */
export function writeOutput(c: DuckDBConnection, file: string, format: FileFormat): Promise<void> {
  return writeWhole(file, (path) => copyTo(c, path, format));
}

async function copyTo(c: DuckDBConnection, file: string, format: FileFormat): Promise<void> {
  const to = fileLiteral(file);
  // The table holds the rows in the order its threads finished them; they are written in line order.
  if (format === 'jsonl') {
    // One text column, written as it is: no header, no quoting (a JSON line holds no raw newline).
    await c.run(
      `COPY (SELECT json FROM priced ORDER BY line) TO ${to} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '')`,
    );
    return;
  }
  const columns = PRICED_COLUMNS.join(', ');
  const options = format === 'csv' ? 'FORMAT csv, HEADER true' : 'FORMAT parquet, COMPRESSION zstd';
  await c.run(`COPY (SELECT ${columns} FROM priced ORDER BY line) TO ${to} (${options})`);
}

export interface RepriceSummary {
  readonly rows: number;
  readonly refused: number;
  readonly internalUsd: string;
  readonly vendorUsd: string;
  readonly vendorRows: number;
  /** Lines whose charge was checked (SPEC §8), and of those, the ones that did not match. */
  readonly checked: number;
  readonly mismatched: number;
}

/**
 * Decimal text read back as an exact DECIMAL: in 18 digits where it fits, 38 where it does not. DuckDB
 * reads text into DECIMAL(38) some 70 times as slowly (0.7 s for 300,000 amounts, measured here).
 */
const exact = (column: string, scale: number) => {
  const wide = `CAST(${column} AS DECIMAL(38, ${scale}))`;
  return scale < 18 ? `coalesce(TRY_CAST(${column} AS DECIMAL(18, ${scale})), ${wide})` : wide;
};

/** Exact sums of the priced amounts (decimal text read back as DECIMAL; no DOUBLE). */
export async function summarize(c: DuckDBConnection, vendorScale: number): Promise<RepriceSummary> {
  const reader = await c.runAndReadAll(`SELECT count(*), count(*) FILTER (WHERE NOT ok),
      CAST(coalesce(sum(${exact('internal_usd', 2)}), 0) AS VARCHAR),
      CAST(coalesce(sum(${exact('vendor_usd', vendorScale)}), 0) AS VARCHAR),
      count(vendor_usd), count(reconcile_status), count(*) FILTER (WHERE reconcile_status = 'mismatch')
    FROM priced`);
  const [rows, refused, internal, vendor, vendorRows, checked, mismatched] = reader.getRows()[0];
  return {
    rows: Number(rows),
    refused: Number(refused),
    internalUsd: trimZeros(String(internal)),
    vendorUsd: trimZeros(String(vendor)),
    vendorRows: Number(vendorRows),
    checked: Number(checked),
    mismatched: Number(mismatched),
  };
}

/** "1234.5000" → "1234.50": at least the cents, no trailing zeros past them. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/(\.\d\d\d*?)0+$/, '$1') : `${text}.00`;
}

const count = (n: number) => n.toLocaleString('en-US');

export function summaryText(s: RepriceSummary, seconds: number): string {
  const rate = seconds > 0 ? `, ${count(Math.round(s.rows / seconds))} rows/s` : '';
  return (
    `reprice: ${count(s.rows)} rows, ${count(s.refused)} refused, ${count(s.rows - s.refused)} priced` +
    ` in ${seconds.toFixed(1)} s${rate}\n` +
    `  internal: $${s.internalUsd} charged (priced rows)\n` +
    `  vendor:   $${s.vendorUsd} on ${count(s.vendorRows)} rows with a vendor cost\n` +
    (s.checked > 0 ? `  charges:  ${count(s.checked)} checked, ${count(s.mismatched)} mismatched\n` : '')
  );
}
