/**
 * One saved estimate in the list: what it is, and its actions. Rename is a field in the row
 * (Enter saves, Escape cancels); Delete asks in the row first. Focus comes back to the button
 * that started either.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { fieldDescribedBy } from '../../../components/ui/field';
import type { SavedEstimate } from './saved-entry';
import { describeEntry } from './saved-format';

const button = 'ui-button';
const danger =
  'rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 ' +
  'dark:focus-visible:ring-offset-slate-900';

export interface SavedRowProps {
  readonly entry: SavedEstimate;
  /** Whether this is the estimate last opened or saved here (the one "Save changes" writes). */
  readonly isOpen: boolean;
  readonly onOpen: () => void;
  /** Null when renamed; else why not, shown by the field. */
  readonly onRename: (name: string) => string | null;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
  readonly onExport: () => void;
}

type Mode = 'view' | 'rename' | 'delete';

/** A button whose accessible name says which estimate it acts on ("Open Acme"). */
function RowButton(props: {
  readonly label: string;
  readonly name: string;
  readonly onClick: () => void;
  readonly id?: string;
}): ReactNode {
  return (
    // Named by aria-label: a browser without layout (and some screen readers) would join "Open" and a hidden "Acme".
    <button
      type="button"
      id={props.id}
      className={button}
      aria-label={`${props.label} ${props.name}`}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}

export function SavedRow({ entry, isOpen, onOpen, onRename, onDuplicate, onDelete, onExport }: SavedRowProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(entry.name);
  const [error, setError] = useState<string | null>(null);
  // The button that gets focus back when the row returns to its buttons.
  const [returnTo, setReturnTo] = useState<'rename' | 'delete' | null>(null);
  const id = `saved-${entry.id}`;
  const renameId = `${id}-rename`;
  useEffect(() => {
    if (mode === 'view' && returnTo) document.getElementById(`${id}-${returnTo}-button`)?.focus();
  }, [mode, returnTo, id]);
  const close = (which: 'rename' | 'delete') => {
    setReturnTo(which);
    setError(null);
    setMode('view');
  };

  return (
    <li
      aria-labelledby={`${id}-name`}
      // Side by side on a wide screen only with the buttons: a field or a question takes the row's width.
      className={`flex flex-col gap-2 py-3 ${mode === 'view' ? 'lg:flex-row lg:items-start lg:gap-4' : ''}`}
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium wrap-anywhere">
          <span id={`${id}-name`}>{entry.name}</span>
          {isOpen ? <span className="ml-2 text-xs font-normal text-blue-800 dark:text-blue-300">(open)</span> : null}
        </p>
        <p className="text-sm text-slate-600 wrap-anywhere dark:text-slate-400">{describeEntry(entry)}</p>
      </div>
      {mode === 'rename' ? (
        <form
          className="flex flex-wrap items-end gap-2 lg:max-w-2xl"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const refused = onRename(draft);
            if (refused === null) close('rename');
            else setError(refused);
          }}
        >
          <div className="flex min-w-0 flex-1 basis-full flex-col gap-1 sm:basis-48">
            <label htmlFor={renameId} className="text-sm font-medium">
              New name
            </label>
            <input
              id={renameId}
              className="ui-control"
              value={draft}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={fieldDescribedBy(renameId, error ?? undefined, 'hint')}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  close('rename');
                }
              }}
            />
          </div>
          <button type="submit" className={button}>
            Save name
          </button>
          <button type="button" className={button} onClick={() => close('rename')}>
            Cancel
          </button>
          <p id={`${renameId}-hint`} className="basis-full text-xs text-slate-600 dark:text-slate-400">
            Enter saves, Escape cancels.
          </p>
          {error ? (
            <p id={`${renameId}-error`} role="alert" className="basis-full text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          ) : null}
        </form>
      ) : mode === 'delete' ? (
        <div role="group" aria-labelledby={`${id}-confirm`} className="flex flex-wrap items-center gap-2">
          <p id={`${id}-confirm`} className="text-sm font-medium wrap-anywhere">
            Delete “{entry.name}”? This cannot be undone.
          </p>
          <button type="button" className={danger} aria-label={`Delete ${entry.name}`} onClick={onDelete}>
            Delete
          </button>
          <button type="button" className={button} autoFocus onClick={() => close('delete')}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="flex shrink-0 flex-wrap gap-2" role="group" aria-label={`Actions for ${entry.name}`}>
          <RowButton label="Open" name={entry.name} onClick={onOpen} />
          <RowButton
            label="Rename"
            name={entry.name}
            id={`${id}-rename-button`}
            onClick={() => {
              setDraft(entry.name);
              setMode('rename');
            }}
          />
          <RowButton label="Duplicate" name={entry.name} onClick={onDuplicate} />
          <RowButton label="Export" name={entry.name} onClick={onExport} />
          <RowButton label="Delete" name={entry.name} id={`${id}-delete-button`} onClick={() => setMode('delete')} />
        </div>
      )}
    </li>
  );
}
