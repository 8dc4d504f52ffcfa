/** One kind of override as editable rows (model or service id, and its value), with their field messages. */
import type { ReactNode } from 'react';
import { controlClass, fieldDescribedBy } from '../../../components/ui/field';
import type { DraftRow } from '../overrides-draft';

const button = 'ui-button';
const fieldError = 'text-sm text-red-700 dark:text-red-400';
const ADD_LABEL = { multipliers: 'a model multiplier', rates: 'a custom vendor rate', services: 'a service price' };

interface OverrideRowsProps {
  readonly kind: 'multipliers' | 'rates' | 'services';
  readonly keyLabel?: string;
  readonly legend: string;
  readonly valueLabel: string;
  readonly rows: readonly DraftRow[];
  readonly errors: Record<string, string>;
  readonly onChange: (rows: DraftRow[]) => void;
  /** The value a row starts from (the card's), shown as its placeholder and hint. */
  readonly startingValue?: (model: string) => { readonly value: string; readonly hint: string } | null;
  /** What is shown under a row: the actions a message offers. */
  readonly below?: (index: number) => ReactNode;
  /** A datalist of the ids the model field suggests. */
  readonly listId?: string;
}

interface CellProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly decimal?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly list?: string;
  readonly onChange: (value: string) => void;
}

function Cell({ id, label, value, error, decimal, placeholder, hint, list, onChange }: CellProps) {
  return (
    <div>
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      <input
        id={id}
        className={controlClass}
        inputMode={decimal ? 'decimal' : undefined}
        value={value}
        placeholder={placeholder}
        list={list}
        autoComplete={list ? 'off' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, error, hint)}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function OverrideRows(props: OverrideRowsProps) {
  const { kind, legend, valueLabel, keyLabel = 'Model', rows, errors, onChange, startingValue, below, listId } = props;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{legend}</legend>
      {rows.map((row, i) => {
        const set = (patch: Partial<DraftRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
        const start = startingValue?.(row.model.trim()) ?? null;
        const extra = below?.(i);
        return (
          <div key={i} className="grid items-start gap-2 sm:grid-cols-[1fr_10rem_auto]">
            <Cell
              id={`${kind}-${i}-model`}
              label={keyLabel}
              value={row.model}
              error={errors[`${kind}.${i}.model`]}
              list={listId}
              onChange={(model) => set({ model })}
            />
            <Cell
              id={`${kind}-${i}-value`}
              label={valueLabel}
              value={row.value}
              error={errors[`${kind}.${i}.value`]}
              decimal
              placeholder={start?.value}
              hint={start?.hint}
              onChange={(value) => set({ value })}
            />
            <button
              type="button"
              className={`${button} sm:mt-6`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Remove {row.model || `${kind === 'services' ? 'service' : 'model'} ${i + 1}`}
            </button>
            {extra ? <div className="sm:col-span-3">{extra}</div> : null}
          </div>
        );
      })}
      <button
        type="button"
        className={`${button} self-start`}
        onClick={() => onChange([...rows, { model: '', value: '' }])}
      >
        Add {ADD_LABEL[kind]}
      </button>
    </fieldset>
  );
}
