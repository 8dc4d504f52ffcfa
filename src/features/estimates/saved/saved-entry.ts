/**
 * One saved estimate as the browser keeps it: `{ id, name, savedAt, file }`, where `file` is the
 * estimate file (SPEC §9) exactly as the engine reads it. Read back from storage, an entry is
 * `unknown` until `readEntry` has checked its fields and `readEstimateFile` its file.
 */
import { formatEstimateIssue, readEstimateFile, type EstimateFile, type EstimateIssue } from '../../../engine';

export interface SavedEstimate {
  readonly id: string;
  readonly name: string;
  /** When it was last saved: ISO 8601, UTC (`2026-11-30T14:05:00.000Z`). */
  readonly savedAt: string;
  readonly file: EstimateFile;
}

export const MAX_NAME_CHARS = 120;
/** Ids go into element ids and ARIA references: no spaces, nothing to escape. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const CONTROL = /\p{Cc}/u;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ENTRY_KEYS = new Set(['id', 'name', 'savedAt', 'file']);

export type NameCheck = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly error: string };

/** A name as people type it: trimmed, 1–120 characters, no control characters (line breaks, tabs). */
export function checkName(value: unknown): NameCheck {
  if (typeof value !== 'string') return { ok: false, error: 'must be text' };
  const name = value.trim();
  if (name === '') return { ok: false, error: 'must not be empty' };
  if (name.length > MAX_NAME_CHARS) return { ok: false, error: `must be at most ${MAX_NAME_CHARS} characters` };
  if (CONTROL.test(name)) return { ok: false, error: 'must not contain control characters' };
  return { ok: true, name };
}

/** The first `max` UTF-16 units of a name, never splitting a character, trimmed again. */
export function clipName(name: string, max = MAX_NAME_CHARS): string {
  let kept = '';
  for (const char of name) {
    if (kept.length + char.length > max) break;
    kept += char;
  }
  return kept.trim();
}

/** A time as ISO 8601 in UTC, or null when it is not one. */
export function readTime(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The name an estimate is saved under when none is given: its customer's. */
export function defaultName(file: EstimateFile): string {
  const name = checkName(clipName(file.customer.replace(/\p{Cc}/gu, ' ')));
  return name.ok ? name.name : 'Estimate';
}

/**
 * `base` when no entry has it (and `keepBase`); else the first free of `base (word)`,
 * `base (word 2)`, … or, with no word, `base (2)`, `base (3)`, … A copy of a copy is named after
 * the original ("Acme (copy 2)", not "Acme (copy) (copy)").
 */
export function freeName(base: string, taken: ReadonlySet<string>, word: string | null, keepBase = true): string {
  if (keepBase && !taken.has(base)) return base;
  const stem = word === null ? base : base.replace(new RegExp(` \\(${word}( \\d+)?\\)$`), '');
  for (let n = 1; ; n += 1) {
    if (word === null && n === 1) continue;
    const suffix = word === null ? ` (${n})` : n === 1 ? ` (${word})` : ` (${word} ${n})`;
    const name = `${clipName(stem, MAX_NAME_CHARS - suffix.length)}${suffix}`;
    if (!taken.has(name)) return name;
  }
}

export const namesOf = (entries: readonly SavedEstimate[]): Set<string> => new Set(entries.map((e) => e.name));

export type EntryRead =
  | { readonly ok: true; readonly entry: SavedEstimate }
  | { readonly ok: false; readonly issues: readonly EstimateIssue[] };

/** Checks one stored entry: its own fields, then its file with the engine's reader (paths as the file's). */
export function readEntry(value: unknown): EntryRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ path: '', message: 'a saved estimate must be an object' }] };
  }
  const record = value as Record<string, unknown>;
  const issues: EstimateIssue[] = Object.keys(record)
    .filter((key) => !ENTRY_KEYS.has(key))
    .map((key) => ({ path: key, message: 'is not a field of a saved estimate' }));
  const { id, name, savedAt, file } = record;
  if (typeof id !== 'string' || !ID.test(id)) {
    issues.push({ path: 'id', message: 'must be 1 to 100 letters, digits, "-" or "_"' });
  }
  const named = checkName(name);
  if (!named.ok) issues.push({ path: 'name', message: named.error });
  const time = readTime(savedAt);
  if (time === null) issues.push({ path: 'savedAt', message: 'must be a time such as 2026-11-30T14:05:00.000Z' });
  const read = readEstimateFile(file);
  if (!read.ok) issues.push(...read.issues);
  if (issues.length > 0 || !read.ok || !named.ok || time === null) return { ok: false, issues };
  return { ok: true, entry: { id: id as string, name: named.name, savedAt: time, file: read.file } };
}

/** An entry's first problem, as one line (`lines[0].clips_per_month: must be …`). */
export function firstIssue(issues: readonly EstimateIssue[]): string {
  return issues[0] ? formatEstimateIssue(issues[0]) : 'it could not be read';
}

/** Up to three problems, `path: message; …`, and how many more. */
export function formatIssues(issues: readonly EstimateIssue[], most = 3): string {
  const shown = issues.slice(0, most).map(formatEstimateIssue).join('; ');
  return issues.length > most ? `${shown}; and ${issues.length - most} more` : shown;
}
