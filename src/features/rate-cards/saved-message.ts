/** What a person reads after a save: the message, and where what it replaced is kept, if anywhere. */
import type { SaveOutcome } from '../../lib/overrides-save';
import { UNREADABLE_FILE } from './components/unreadable-entry';

export function savedMessage(message: string, outcome: Extract<SaveOutcome, { ok: true }>): string {
  const { backupKey, replacedUnreadable } = outcome;
  if (replacedUnreadable && backupKey) return `${message} The unreadable entry it replaced is kept under ${backupKey}.`;
  // Saved over it only because the user downloaded it (`overrides-save` refuses otherwise).
  if (replacedUnreadable) {
    return `${message} The unreadable entry it replaced is kept only in the file you downloaded, ${UNREADABLE_FILE}.`;
  }
  if (backupKey) return `${message} Your previous overrides are kept under ${backupKey}.`;
  return message;
}
