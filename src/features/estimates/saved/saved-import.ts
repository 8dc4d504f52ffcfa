/**
 * Adds the estimates of an imported file to the saved ones, in one write: it never replaces an
 * entry (a name already saved gets " (imported)"), and a file that does not read as a whole
 * (too large, not JSON, the wrong shape) changes nothing.
 */
import { defaultName, freeName, namesOf, type SavedEstimate } from './saved-entry';
import { changeSaved, newId } from './saved-store';
import { readImport } from './saved-transfer';

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly added: readonly SavedEstimate[];
      /** The bundle's estimates that did not read: `estimates[1] (“Beta”): lines[0]…: …`. */
      readonly rejected: readonly string[];
      readonly problem: string | null;
    }
  | {
      readonly ok: false;
      readonly error: string;
      readonly rejected: readonly string[];
      readonly problem: string | null;
    };

/** Imports `text` (the file `fileName`), first in the list in the file's order. */
export function importEstimates(storage: Storage, text: string, fileName: string, now = new Date()): ImportOutcome {
  const verb = `Nothing imported from ${fileName}`;
  const read = readImport(text);
  if (!read.ok) return { ok: false, error: `${verb}: ${read.error}`, rejected: [], problem: null };
  const { items, rejected } = read;
  if (items.length === 0) {
    const none =
      rejected.length === 1 ? 'its one estimate does not read.' : `none of its ${rejected.length} estimates reads.`;
    const error = `${verb}: ${none}`;
    return { ok: false, error, rejected, problem: null };
  }
  const added: SavedEstimate[] = [];
  const outcome = changeSaved(storage, now, verb, (entries) => {
    const taken = namesOf(entries);
    let all = entries;
    for (const item of items) {
      const name = freeName(item.name ?? defaultName(item.file), taken, 'imported');
      taken.add(name);
      const entry = { id: newId(all, now), name, savedAt: item.savedAt ?? now.toISOString(), file: item.file };
      added.push(entry);
      all = [...all, entry];
    }
    return { entries: [...added, ...entries], entry: null };
  });
  if (!outcome.ok) return { ...outcome, rejected };
  return { ok: true, added, rejected, problem: outcome.problem };
}
