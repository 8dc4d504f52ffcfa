/**
 * Saved estimates in this browser: save the estimate on screen, and list, open,
 * rename, duplicate, delete, export and import the saved ones. The screen hands in its estimate
 * file (or why it has none) and gets back the file to open.
 */
import { useRef } from 'react';
import type { EstimateFile } from '../../../engine';
import { Panel } from '../../../components/ui/panel';
import { FileButton } from '../../../components/ui/file-button';
import { SavedRow } from './saved-row';
import { SavedSaveForm } from './saved-save-form';
import { useSavedActions } from './use-saved-actions';

export interface SavedEstimatesPanelProps {
  /** The estimate on screen as its file, or null while it does not read. */
  readonly current: EstimateFile | null;
  /** Why there is no file to save (shown beside the disabled button). */
  readonly currentProblem: string | null;
  readonly onOpen: (file: EstimateFile) => void;
  /** The clock (tests); the time saved and backup keys are taken from it. */
  readonly now?: () => Date;
}

const systemNow = () => new Date();
const alertBox =
  'rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 wrap-anywhere ' +
  'dark:border-red-800 dark:bg-red-950 dark:text-red-100';
const button = 'ui-button disabled:cursor-not-allowed disabled:opacity-60';

export function SavedEstimatesPanel({ current, currentProblem, onOpen, now = systemNow }: SavedEstimatesPanelProps) {
  const listHeading = useRef<HTMLHeadingElement>(null);
  const saved = useSavedActions({ current, onOpen, now, onDeleted: () => listHeading.current?.focus() });
  const { list } = saved;
  const count = list.entries.length;
  return (
    <Panel title="Saved estimates" headingId="saved-estimates-heading">
      <div className="flex min-w-0 flex-col gap-4">
        {list.problem ? (
          <div role="alert" className={alertBox}>
            <p>{list.problem}</p>
            {list.unreadable !== null ? (
              <button
                type="button"
                className={`${button} mt-2 bg-white dark:bg-slate-900`}
                onClick={saved.downloadUnreadable}
              >
                Download the store as it is
              </button>
            ) : null}
          </div>
        ) : null}
        <SavedSaveForm
          current={current}
          currentProblem={currentProblem}
          opened={saved.opened}
          onSave={saved.save}
          onUpdate={saved.update}
        />
        <div className="min-w-0">
          <h3 ref={listHeading} tabIndex={-1} id="saved-list-heading" className="text-sm font-semibold outline-none">
            {count === 0 ? 'No estimates saved in this browser yet.' : `In this browser (${count})`}
          </h3>
          {count > 0 ? (
            <ul aria-labelledby="saved-list-heading" className="divide-y divide-slate-200 dark:divide-slate-800">
              {list.entries.map((entry) => (
                <SavedRow
                  key={entry.id}
                  entry={entry}
                  isOpen={entry.id === saved.openedId}
                  onOpen={() => saved.open(entry)}
                  onRename={(name) => saved.rename(entry, name)}
                  onDuplicate={() => saved.duplicate(entry)}
                  onDelete={() => saved.remove(entry)}
                  onExport={() => saved.exportOne(entry)}
                />
              ))}
            </ul>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={button} disabled={count === 0} onClick={saved.exportAll}>
            Export all
          </button>
          <FileButton
            id="saved-import"
            label="Import…"
            accept=".json,application/json"
            onChoose={(input) => void saved.importFile(input)}
          />
        </div>
        {saved.alert ? (
          <div role="alert" className={alertBox}>
            <p>{saved.alert.text}</p>
            {saved.alert.items.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {saved.alert.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <p role="status" className="text-sm wrap-anywhere">
          {saved.status}
        </p>
      </div>
    </Panel>
  );
}
