/**
 * "Try a multiplier" beside the price (SPEC §10): a what-if for the model being priced, written
 * to the link (`mult=`), so every screen and every copy of the link prices with it. Nothing is
 * saved. Its own chunk, loaded when opened (`TryMultiplier`).
 */
import { useState } from 'react';
import { cardMultiplier, readWhatIfFactor, withWhatIfFor, type Quote } from '../../../engine';
import { controlClass, fieldDescribedBy } from '../../../components/ui/field';
import { useWhatIfSearch, whatIfValues } from '../../../lib/what-if-url';
import { setWhatIfValues } from '../../../lib/what-if-url-edit';

interface TryMultiplierFormProps {
  readonly quote: Quote;
  /** The card's own quote of the same request, without the what-if; null: no what-if prices it. */
  readonly own: Quote | null;
}

/** The multiplier a quote's model was priced at. */
function pricedAt(q: Quote): string {
  return cardMultiplier(q.internal.asBilled.internalCard, q.request.model).factor;
}

export default function TryMultiplierForm({ quote, own }: TryMultiplierFormProps) {
  const model = quote.request.model;
  const current = pricedAt(quote);
  const card = pricedAt(own ?? quote);
  const [text, setText] = useState(current);
  const [shown, setShown] = useState(`${model}:${current}`);
  // Another model, or another what-if: the field starts again from what prices it now.
  if (shown !== `${model}:${current}`) {
    setShown(`${model}:${current}`);
    setText(current);
  }
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
    setWhatIfValues(withWhatIfFor(whatIfValues(search), model, { model, factor: read.factor, anyway: false }));
  };
  return (
    <form
      className="mt-2 flex flex-col gap-1"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        tryIt();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        Multiplier for {model}
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
