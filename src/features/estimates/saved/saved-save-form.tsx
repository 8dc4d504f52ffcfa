/**
 * "Save this estimate" under a name (the customer's when none is typed), and "Save changes" to
 * the one last opened or saved. Disabled, with the reason beside it, while the estimate does not read.
 */
import { useState } from 'react';
import type { EstimateFile } from '../../../engine';
import { Field, fieldDescribedBy } from '../../../components/ui/field';
import { checkName, defaultName, type SavedEstimate } from './saved-entry';

const button = 'ui-button disabled:cursor-not-allowed disabled:opacity-60';
const primary =
  'rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:cursor-not-allowed ' +
  'disabled:bg-slate-500 dark:focus-visible:ring-offset-slate-900 dark:disabled:bg-slate-600';

export interface SaveFormProps {
  readonly current: EstimateFile | null;
  readonly currentProblem: string | null;
  /** The saved estimate last opened or saved here, which "Save changes" replaces. */
  readonly opened: SavedEstimate | null;
  /** Whether it was saved (the form is then cleared). */
  readonly onSave: (name: string) => boolean;
  readonly onUpdate: (entry: SavedEstimate) => void;
}

export function SavedSaveForm({ current, currentProblem, opened, onSave, onUpdate }: SaveFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const why = current ? null : `Nothing to save yet: ${currentProblem ?? 'the estimate is not complete.'}`;
  const hint = current
    ? `Left empty, it is saved as “${defaultName(current)}”, the customer’s name.`
    : 'Left empty, it is saved under the customer’s name.';

  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label="Save this estimate"
      onSubmit={(e) => {
        e.preventDefault();
        if (!current) return;
        const checked = name.trim() === '' ? null : checkName(name);
        if (checked && !checked.ok) return setError(`The name ${checked.error}.`);
        setError(undefined);
        if (onSave(name)) setName('');
      }}
    >
      <Field id="saved-name" label="Name for this estimate" hint={hint} error={error}>
        <input
          id="saved-name"
          className="ui-control sm:max-w-md"
          value={name}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy('saved-name', error, hint)}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={primary} disabled={!current} aria-describedby={why ? 'saved-why' : undefined}>
          Save this estimate
        </button>
        {opened ? (
          <button
            type="button"
            className={`${button} wrap-anywhere`}
            disabled={!current}
            onClick={() => onUpdate(opened)}
          >
            Save changes to “{opened.name}”
          </button>
        ) : null}
      </div>
      {why ? (
        <p id="saved-why" className="text-sm text-slate-700 wrap-anywhere dark:text-slate-300">
          {why}
        </p>
      ) : null}
    </form>
  );
}
