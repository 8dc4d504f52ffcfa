/**
 * CSV for exports: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
 * (=, +, -, @ first) prefixed with a quote mark, since labels are user text (`csvCell`).
 */
import { csvCell as cell } from '../engine';

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  if (rows.length === 0) return '';
  return `${rows.map((row) => row.map((v) => cell(String(v))).join(',')).join('\r\n')}\r\n`;
}

/** Starts a download of `text` as a file, without leaving the page or the origin. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
