/**
 * "Try a multiplier" beside the price (SPEC §10): a what-if for the model being priced, written
 * to the link (`mult=`), so every screen and every copy of the link prices with it. Nothing is saved.
 */
import { useState } from 'react';
import { readWhatIfFactor } from '../../../engine';
import { controlClass, fieldDescribedBy } from '../../../components/ui/field';
import { setWhatIfValues, useWhatIfSearch, whatIfValues, withWhatIfFor } from '../../../lib/what-if-url';

interface TryMultiplierProps {
  readonly model: string;
  /** The multiplier the model is priced at now: the what-if's, else the card's. */
  readonly current: string;
  /** The card's own (with saved overrides), without the what-if. */
  readonly card: string;
}

export function TryMultiplier({ model, current, card }: TryMultiplierProps) {
  const [text, setText] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const search = useWhatIfSearch();
  const id = 'try-multiplier';
  const hint =
    (current === card ? `The card: × ${card}. ` : `The card: × ${card}; this link tries × ${current}. `) +
    'A multiplier tried is carried by the link only; "Save as override" keeps it.';
  const tryIt = () => {
    const read = readWhatIfFactor(text);
    if (!read.ok) return setError(`Not tried: ${read.error}.`);
    setError(null);
    setWhatIfValues(withWhatIfFor(whatIfValues(search), { model, factor: read.factor, anyway: false }));
  };
  return (
    <form
      className="mt-3 flex flex-col gap-1"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        tryIt();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        Try a multiplier for {model}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          className={`${controlClass} w-28`}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(id, error ?? undefined, hint)}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="ui-button shrink-0">
          Try
        </button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </form>
  );
}
