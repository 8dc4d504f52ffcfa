/**
 * Reads a saved overrides entry with its schema; a corrupt or outdated one is moved, as it
 * was, to a backup key (loaded only when something is saved).
 */
import { asOverrides, formatIssuePath, NO_OVERRIDES, OverridesSchema, type Overrides } from '../engine';

export { applyOverrides } from '../engine';

export const BACKUP_PREFIX = 'kling-calc:overrides:backup:';

export function readSaved(raw: string, key: string, store: Storage | null): { overrides: Overrides; problem: string | null } {
  let reason: string;
  try {
    const parsed = OverridesSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { overrides: asOverrides(parsed.data), problem: null };
    const issue = parsed.error.issues[0];
    reason = `${formatIssuePath(issue.path) || 'the entry'}: ${issue.message}`;
  } catch {
    reason = 'it is not valid JSON';
  }
  const backup = `${BACKUP_PREFIX}${new Date().toISOString()}`;
  try {
    store?.setItem(backup, raw);
    store?.removeItem(key);
  } catch {
    return { overrides: NO_OVERRIDES, problem: `Your saved overrides could not be read (${reason}) and could not be backed up; they are left in place under ${key}.` };
  }
  return { overrides: NO_OVERRIDES, problem: `Your saved overrides could not be read (${reason}). They are kept, unchanged, under ${backup}; the cards are used as published.` };
}
