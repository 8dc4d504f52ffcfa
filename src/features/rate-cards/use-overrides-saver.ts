/**
 * Saving overrides from the editor, and the one status line that says what happened: where
 * what was replaced is kept, or why nothing was saved. Remembers which unreadable entry the
 * user downloaded: the only one a save may replace without a backup.
 */
import { useState } from 'react';
import { applyOverrides, type Overrides } from '../../engine';
import { saveOverrides, type SaveOptions } from '../../lib/overrides-save';
import { UNREADABLE_FILE } from './components/unreadable-entry';
import { savedMessage } from './saved-message';

const DOWNLOADED =
  `Downloaded ${UNREADABLE_FILE}: ` + 'Save will now replace the unreadable entry, which is kept only in that file.';

export function useOverridesSaver() {
  const [status, setStatus] = useState('');
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);
  /** Saves and says so; true when saved. */
  const save = (overrides: Overrides, message: string, options: SaveOptions = {}): boolean => {
    const outcome = saveOverrides(overrides, applyOverrides, { ...options, downloaded });
    setStatus(outcome.ok ? savedMessage(message, outcome) : outcome.error);
    return outcome.ok;
  };
  /** The user downloaded this unreadable entry. */
  const markDownloaded = (raw: string) => {
    setDownloaded(raw);
    setStatus(DOWNLOADED);
  };
  return { status, setStatus, save, markDownloaded };
}
