/** The priced-rows CSV (SPEC §4.3): its columns, and one row's cells. */
import type { Quote } from '../pricing/quote';
import type { RowOutcome } from './batch';

export const BATCH_CSV_HEADER = [
  'row',
  'ok',
  'duration_seconds',
  'model',
  'mode',
  'resolution',
  'input_type',
  'audio',
  'internal_usd',
  'internal_usd_at_requested_resolution',
  'vendor_card',
  'vendor_units',
  'vendor_usd',
  'margin_usd',
  'error',
];

/** A CSV cell: quoted when it must be, and defused when a spreadsheet would run it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The part of a priced row that depends on its quote only. */
function tailOf(q: Quote): string {
  const used = q.vendor.used;
  return [
    q.request.model,
    q.request.mode,
    q.request.resolution,
    q.request.inputType,
    q.request.audio ? 'true' : 'false',
    q.internal.charged.usd,
    q.internal.atRequested.usd,
    `${used.card.id}@${used.card.version}`,
    used.status === 'priced' ? (used.units ?? '') : '',
    used.status === 'priced' ? used.usd : 'unavailable',
    q.margin?.usd ?? '',
    '',
  ]
    .map(csvCell)
    .join(',');
}

/** One row of the priced-rows CSV, with its line ending. */
export function batchCsvLine(outcome: RowOutcome): string {
  if (!outcome.ok) return `${outcome.row},false,,,,,,,,,,,,,${csvCell(outcome.error)}\r\n`;
  return `${outcome.row},true,${outcome.durationSeconds},${tailOf(outcome.quote)}\r\n`;
}
