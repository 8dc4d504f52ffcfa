/** One kind of override as editable rows (model or service id, and its value), with their field messages. */
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
}

interface CellProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly decimal?: boolean;
  readonly onChange: (value: string) => void;
}

function Cell({ id, label, value, error, decimal, onChange }: CellProps) {
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
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, error)}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className={fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function OverrideRows(props: OverrideRowsProps) {
  const { kind, legend, valueLabel, keyLabel = 'Model', rows, errors, onChange } = props;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{legend}</legend>
      {rows.map((row, i) => {
        const set = (patch: Partial<DraftRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
        return (
          <div key={i} className="grid items-start gap-2 sm:grid-cols-[1fr_10rem_auto]">
            <Cell
              id={`${kind}-${i}-model`}
              label={keyLabel}
              value={row.model}
              error={errors[`${kind}.${i}.model`]}
              onChange={(model) => set({ model })}
            />
            <Cell
              id={`${kind}-${i}-value`}
              label={valueLabel}
              value={row.value}
              error={errors[`${kind}.${i}.value`]}
              decimal
              onChange={(value) => set({ value })}
            />
            <button
              type="button"
              className={`${button} sm:mt-6`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Remove {row.model || `${kind === 'services' ? 'service' : 'model'} ${i + 1}`}
            </button>
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
