/**
 * Saved estimates as JSON files. One estimate is exported as exactly its estimate file (SPEC
 * §9), so `quote --estimate` reads it; all of them as a bundle
 * `{"kling_estimates": 1, "estimates": [{"name", "saved_at", "estimate"}]}`. An import reads
 * either: each estimate with the engine's reader, the bad ones named by index and path.
 */
import { readEstimateFile, type EstimateFile, type EstimateIssue } from '../../../engine';
import { parseJson } from '../../../lib/parse-json';
import { checkName, formatIssues, readTime, type SavedEstimate } from './saved-entry';

export const BUNDLE_VERSION = 1;
/** The largest import read (as `read-chosen-file` refuses a larger file). */
export const MAX_IMPORT_CHARS = 1_000_000;
const BUNDLE_KEYS = new Set(['kling_estimates', 'estimates']);
const ITEM_KEYS = new Set(['name', 'saved_at', 'estimate']);

/** One estimate's file, as `quote --estimate` reads it. */
export function estimateText(entry: SavedEstimate): string {
  return `${JSON.stringify(entry.file, null, 2)}\n`;
}

/** Every saved estimate, in one bundle. */
export function bundleText(entries: readonly SavedEstimate[]): string {
  const estimates = entries.map((e) => ({ name: e.name, saved_at: e.savedAt, estimate: e.file }));
  return `${JSON.stringify({ kling_estimates: BUNDLE_VERSION, estimates }, null, 2)}\n`;
}

/** A file name for an estimate: its name in lower-case letters, digits and dashes (`acme-q1.json`). */
export function exportFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'estimate'}.json`;
}

export interface ImportItem {
  /** The name it was saved under, when the bundle gives one. */
  readonly name: string | null;
  readonly savedAt: string | null;
  readonly file: EstimateFile;
}

export type ImportRead =
  | { readonly ok: true; readonly items: readonly ImportItem[]; readonly rejected: readonly string[] }
  | { readonly ok: false; readonly error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readItem(value: unknown): ImportItem | readonly EstimateIssue[] {
  if (!isObject(value)) return [{ path: '', message: 'must be an object such as {"name": …, "estimate": {…}}' }];
  const issues: EstimateIssue[] = Object.keys(value)
    .filter((key) => !ITEM_KEYS.has(key))
    .map((key) => ({ path: key, message: 'is not a field of a bundled estimate' }));
  const named = value.name === undefined ? null : checkName(value.name);
  if (named && !named.ok) issues.push({ path: 'name', message: named.error });
  const savedAt = value.saved_at === undefined ? null : readTime(value.saved_at);
  if (value.saved_at !== undefined && savedAt === null) {
    issues.push({ path: 'saved_at', message: 'must be a time such as 2026-11-30T14:05:00.000Z' });
  }
  const read = readEstimateFile(value.estimate);
  if (!read.ok) issues.push(...read.issues);
  if (issues.length > 0 || !read.ok) return issues;
  return { name: named && named.ok ? named.name : null, savedAt, file: read.file };
}

function readBundle(bundle: Record<string, unknown>): ImportRead {
  const extra = Object.keys(bundle).find((key) => !BUNDLE_KEYS.has(key));
  if (extra !== undefined) return { ok: false, error: `“${extra}” is not a field of a bundle of estimates.` };
  if (bundle.kling_estimates !== BUNDLE_VERSION) {
    return { ok: false, error: `a bundle of estimates must say "kling_estimates": ${BUNDLE_VERSION}.` };
  }
  const list = bundle.estimates;
  if (!Array.isArray(list)) return { ok: false, error: 'its "estimates" must be a list.' };
  if (list.length === 0) return { ok: false, error: 'the bundle has no estimates.' };
  const items: ImportItem[] = [];
  const rejected: string[] = [];
  list.forEach((value: unknown, i) => {
    const read = readItem(value);
    if ('file' in read) return items.push(read);
    const name = isObject(value) && typeof value.name === 'string' ? ` (“${value.name.slice(0, 120)}”)` : '';
    rejected.push(`estimates[${i}]${name}: ${formatIssues(read)}`);
  });
  return { ok: true, items, rejected };
}

/** What an imported file holds: one estimate file, or a bundle. Nothing here writes. */
export function readImport(text: string): ImportRead {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'it is over the 1 MB limit.' };
  if (text.trim() === '') return { ok: false, error: 'it is empty.' };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, error: `it is not JSON. ${json.error}` };
  const value = json.value;
  if (!isObject(value)) {
    return { ok: false, error: 'it is neither an estimate nor a bundle of estimates (a JSON object is expected).' };
  }
  if ('kling_estimates' in value || 'estimates' in value) return readBundle(value);
  const read = readEstimateFile(value);
  if (!read.ok) return { ok: false, error: `it is not an estimate that reads: ${formatIssues(read.issues)}.` };
  return { ok: true, items: [{ name: null, savedAt: null, file: read.file }], rejected: [] };
}
