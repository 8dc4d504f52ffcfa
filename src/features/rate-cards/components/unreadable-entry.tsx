/**
 * A saved entry that could be neither read nor backed up: a way to keep it, as a file, before
 * a save replaces it. Until then saving is refused (`overrides-save`), so nothing is lost.
 */
import { downloadText } from '../../../lib/csv';

export const UNREADABLE_FILE = 'kling-overrides-unreadable.txt';

interface UnreadableEntryProps {
  readonly raw: string;
  readonly onDownloaded: (raw: string) => void;
}

export function UnreadableEntry({ raw, onDownloaded }: UnreadableEntryProps) {
  return (
    <button
      type="button"
      className="ui-button"
      onClick={() => {
        // Text, not JSON: the entry is kept byte for byte, whatever it holds.
        downloadText(UNREADABLE_FILE, raw, 'text/plain;charset=utf-8');
        onDownloaded(raw);
      }}
    >
      Download the unreadable entry
    </button>
  );
}
