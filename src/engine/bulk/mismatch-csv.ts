/**
 * The mismatches of a file as CSV (SPEC §8): one row per mismatched row, with what was
 * charged, what the cards in force give, the difference and its cause, for USD and units.
 * Cells are escaped as the priced-rows CSV escapes them (`csvCell`).
 */
import { csvCell } from './batch-csv';
import type { ChargeRow } from './charge-totals';
import type { AmountCheck } from '../pricing/charge-check';

export const MISMATCH_CSV_HEADER = [
  'row',
  'created_at',
  'as_of',
  'model',
  'mode',
  'duration',
  'resolution',
  'input_type',
  'card',
  'charged_usd',
  'expected_usd',
  'difference_usd',
  'cause',
  'final_unit_deduction',
  'expected_units',
  'difference_units',
  'units_cause',
] as const;

/** charged, expected, difference, cause: empty cells when the row did not carry the amount. */
function amountCells(check: AmountCheck | null): string[] {
  if (!check) return ['', '', '', ''];
  return [check.charged, check.expected ?? '', check.difference ?? '', check.cause ?? ''];
}

/** One row of the mismatches CSV, with its line ending. */
export function mismatchCsvLine(row: ChargeRow): string {
  const cells = [
    String(row.row),
    row.createdAt ?? '',
    row.asOf ?? '',
    row.model,
    row.mode,
    String(row.durationSeconds),
    row.resolution,
    row.inputType,
    row.card,
    ...amountCells(row.usd),
    ...amountCells(row.units),
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
