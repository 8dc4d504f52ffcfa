/**
 * What the saved-estimates panel does, each action in words for people: what it did in the
 * status, or why not in the alert. Remembers the estimate last opened or saved, which "Save
 * changes" replaces.
 */
import { useState } from 'react';
import type { EstimateFile } from '../../../engine';
import { downloadText } from '../../../lib/csv';
import { readChosenFile } from '../../../lib/read-chosen-file';
import type { SavedEstimate } from './saved-entry';
import { importEstimates } from './saved-import';
import { deleteEstimate, duplicateEstimate, renameEstimate, saveEstimate, updateEstimate } from './saved-store';
import { bundleText, estimateText, exportFileName } from './saved-transfer';
import { useSavedEstimates } from './use-saved-estimates';

const JSON_TYPE = 'application/json';

export interface SavedActionsOptions {
  readonly current: EstimateFile | null;
  readonly onOpen: (file: EstimateFile) => void;
  readonly now: () => Date;
  /** Where focus goes once a row is deleted. */
  readonly onDeleted: () => void;
}

export function useSavedActions({ current, onOpen, now, onDeleted }: SavedActionsOptions) {
  const saved = useSavedEstimates(now);
  const { list, run, setStatus, setAlert } = saved;
  const [openedId, setOpenedId] = useState<string | null>(null);
  const opened = list.entries.find((e) => e.id === openedId) ?? null;

  const save = (name: string) => {
    if (!current) return false;
    const outcome = run((storage, time) => saveEstimate(storage, current, name, time));
    if (!outcome?.ok || !outcome.entry) return false;
    setOpenedId(outcome.entry.id);
    const typed = name.trim();
    const renamed = typed !== '' && typed !== outcome.entry.name ? ` (“${typed}” is taken)` : '';
    setStatus(`Saved as “${outcome.entry.name}”${renamed} in this browser.`);
    return true;
  };
  const update = (entry: SavedEstimate) => {
    if (!current) return;
    const outcome = run((storage, time) => updateEstimate(storage, entry.id, current, time));
    if (outcome?.ok) setStatus(`Saved the changes to “${entry.name}”.`);
  };
  const open = (entry: SavedEstimate) => {
    setOpenedId(entry.id);
    setAlert(null);
    setStatus(`Opened “${entry.name}”.`);
    onOpen(entry.file);
  };
  const rename = (entry: SavedEstimate, name: string) => {
    const outcome = run((storage, time) => renameEstimate(storage, entry.id, name, time), true);
    if (!outcome) return list.locked;
    if (!outcome.ok) return outcome.error;
    setStatus(`Renamed “${entry.name}” to “${outcome.entry?.name ?? name}”.`);
    return null;
  };
  const duplicate = (entry: SavedEstimate) => {
    const outcome = run((storage, time) => duplicateEstimate(storage, entry.id, time));
    if (outcome?.ok) setStatus(`Duplicated “${entry.name}” as “${outcome.entry?.name ?? ''}”.`);
  };
  const remove = (entry: SavedEstimate) => {
    const outcome = run((storage, time) => deleteEstimate(storage, entry.id, time));
    if (!outcome?.ok) return;
    if (entry.id === openedId) setOpenedId(null);
    setStatus(`Deleted “${entry.name}”.`);
    onDeleted();
  };
  const exportOne = (entry: SavedEstimate) => {
    const fileName = exportFileName(entry.name);
    downloadText(fileName, estimateText(entry), JSON_TYPE);
    setStatus(`Exported “${entry.name}” as ${fileName}.`);
  };
  const exportAll = () => {
    downloadText('saved-estimates.json', bundleText(list.entries), JSON_TYPE);
    const count = list.entries.length;
    setStatus(
      `Exported ${count === 1 ? 'one saved estimate' : `all ${count} saved estimates`} as saved-estimates.json.`,
    );
  };
  const importFile = async (input: HTMLInputElement) => {
    const chosen = await readChosenFile(input);
    if (!chosen) return;
    if ('error' in chosen) return setAlert({ text: `Nothing imported: ${chosen.error}`, items: [] });
    const outcome = run((storage, time) => importEstimates(storage, chosen.text, chosen.name, time));
    if (!outcome) return;
    if (outcome.ok) {
      const names = outcome.added.map((e) => `“${e.name}”`).join(', ');
      setStatus(`Imported from ${chosen.name}: ${names}.`);
    }
    if (outcome.rejected.length > 0) {
      const n = outcome.rejected.length;
      const text = outcome.ok
        ? `${n} of the estimates in ${chosen.name} did not read and ${n === 1 ? 'was' : 'were'} not imported:`
        : outcome.error;
      setAlert({ text, items: outcome.rejected });
    }
  };

  const downloadUnreadable = () => {
    downloadText('saved-estimates-unreadable.json', list.unreadable ?? '', JSON_TYPE);
  };

  return {
    ...saved,
    opened,
    openedId,
    save,
    update,
    open,
    rename,
    duplicate,
    remove,
    exportOne,
    exportAll,
    importFile,
    downloadUnreadable,
  };
}
