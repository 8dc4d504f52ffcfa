/**
 * `--estimate FILE [--json]` (SPEC §9): a customer estimate read from a file and priced by the
 * engine's `parseEstimateText` and `priceEstimate`, the functions the screen uses. Status 2: the
 * file cannot be opened (a bad flag value); 1: it was read but refused (too big, not JSON, a field
 * wrong, a line the cards cannot price), every problem named by its field; 0: priced.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  formatEstimateIssue,
  MAX_ESTIMATE_CHARS,
  parseEstimateText,
  priceEstimate,
  toEstimateRecord,
  type CardSet,
  type EstimateIssue,
} from '../engine';
import type { CliOptions } from './args';
import { formatEstimateText } from './estimate-text';

export interface CliAnswer {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** The file's text, or why it cannot be had: unopenable (status 2) or too big to read (status 1). */
function readEstimateFile(path: string): { text: string } | CliAnswer {
  const refuse = (why: string): CliAnswer => ({
    code: 2,
    out: '',
    err: `error: --estimate ${JSON.stringify(path)}: ${why}\n`,
  });
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return refuse('is not a file');
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
  if (size > MAX_ESTIMATE_CHARS) {
    const bytes = `${size.toLocaleString('en-US')} bytes`;
    return { code: 1, out: '', err: `error: the estimate file is ${bytes}; the most read is 1,000,000\n` };
  }
  try {
    // A byte order mark is not JSON, but editors write one.
    return { text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    return refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

function refused(issues: readonly EstimateIssue[], options: CliOptions, asOf: string | null): CliAnswer {
  const lines = issues.map(formatEstimateIssue);
  if (options.json) {
    const errors = issues.map((i) => ({ path: i.path, message: i.message }));
    const record = { ok: false, ...(asOf ? { as_of: asOf } : {}), error: lines.join('; '), errors };
    return { code: 1, out: `${JSON.stringify(record)}\n`, err: '' };
  }
  const file = JSON.stringify(options.estimate);
  return {
    code: 1,
    out: '',
    err: `error: the estimate ${file} was refused:\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
  };
}

export function runEstimate(set: CardSet, options: CliOptions): CliAnswer {
  const read = readEstimateFile(options.estimate ?? '');
  if ('code' in read) {
    if (read.code !== 1 || !options.json) return read;
    const message = read.err.replace(/^error: /, '').trim();
    return refused([{ path: '', message }], options, set.asOf);
  }
  const parsed = parseEstimateText(read.text);
  if (!parsed.ok) return refused(parsed.issues, options, set.asOf);
  const result = priceEstimate(parsed.estimate, set);
  if (!result.ok) return refused(result.issues, options, set.asOf);
  const out = options.json
    ? `${JSON.stringify(toEstimateRecord(result.estimate))}\n`
    : formatEstimateText(result.estimate);
  return { code: 0, out, err: '' };
}
