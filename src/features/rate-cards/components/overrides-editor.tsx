/** Overrides: model multipliers, custom vendor rates, a vendor discount; saved, exported, imported. */
import { useState } from 'react';
import { applyOverrides, NO_OVERRIDES, type Overrides } from '../../../engine';
import { controlClass, fieldDescribedBy } from '../../../components/ui/field';
import { Panel } from '../../../components/ui/panel';
import { downloadText } from '../../../lib/csv';
import { saveOverrides } from '../../../lib/overrides-store';
import { readChosenFile } from '../../../lib/read-chosen-file';
import { fromDraft, parseOverridesFile, toDraft, type Draft, type DraftRow } from '../overrides-draft';

const button = 'ui-button';

interface RowsProps {
  readonly kind: 'multipliers' | 'rates' | 'services';
  readonly keyLabel?: string;
  readonly legend: string;
  readonly valueLabel: string;
  readonly rows: readonly DraftRow[];
  readonly errors: Record<string, string>;
  readonly onChange: (rows: DraftRow[]) => void;
}

function Rows({ kind, legend, valueLabel, keyLabel = 'Model', rows, errors, onChange }: RowsProps) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{legend}</legend>
      {rows.map((row, i) => {
        const modelId = `${kind}-${i}-model`;
        const valueId = `${kind}-${i}-value`;
        const modelError = errors[`${kind}.${i}.model`];
        const valueError = errors[`${kind}.${i}.value`];
        const set = (patch: Partial<DraftRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
        return (
          <div key={i} className="grid items-start gap-2 sm:grid-cols-[1fr_10rem_auto]">
            <div>
              <label htmlFor={modelId} className="text-sm">{keyLabel}</label>
              <input id={modelId} className={controlClass} value={row.model} aria-invalid={modelError ? true : undefined} aria-describedby={fieldDescribedBy(modelId, modelError)} onChange={(e) => set({ model: e.target.value })} />
              {modelError ? <p id={`${modelId}-error`} className="text-sm text-red-700 dark:text-red-400">{modelError}</p> : null}
            </div>
            <div>
              <label htmlFor={valueId} className="text-sm">{valueLabel}</label>
              <input id={valueId} className={controlClass} inputMode="decimal" value={row.value} aria-invalid={valueError ? true : undefined} aria-describedby={fieldDescribedBy(valueId, valueError)} onChange={(e) => set({ value: e.target.value })} />
              {valueError ? <p id={`${valueId}-error`} className="text-sm text-red-700 dark:text-red-400">{valueError}</p> : null}
            </div>
            <button type="button" className={`${button} sm:mt-6`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove {row.model || `${kind === 'services' ? 'service' : 'model'} ${i + 1}`}
            </button>
          </div>
        );
      })}
      <button type="button" className={`${button} self-start`} onClick={() => onChange([...rows, { model: '', value: '' }])}>
        Add {kind === 'multipliers' ? 'a model multiplier' : kind === 'rates' ? 'a custom vendor rate' : 'a service price'}
      </button>
    </fieldset>
  );
}

export function OverridesEditor({ saved }: { readonly saved: Overrides }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const apply = (overrides: Overrides, message: string) => {
    const failure = saveOverrides(overrides, applyOverrides);
    setStatus(failure ?? message);
    if (!failure) setDraft(toDraft(overrides));
  };
  const save = () => {
    const result = fromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(result.errors.form ?? 'Correct the fields marked to save.');
      return;
    }
    setErrors({});
    apply(result.overrides, 'Saved in this browser; every screen now uses them.');
  };
  return (
    <Panel title="Overrides" headingId="overrides-heading">
      <form className="flex flex-col gap-4" noValidate onSubmit={(e) => { e.preventDefault(); save(); }} aria-label="Overrides">
        <Rows kind="multipliers" legend="Model multipliers (internal card)" valueLabel="Multiplier" rows={draft.multipliers} errors={errors} onChange={(multipliers) => setDraft({ ...draft, multipliers })} />
        <Rows kind="rates" legend="Custom vendor rates (for models no card prices)" valueLabel="USD per second" rows={draft.rates} errors={errors} onChange={(rates) => setDraft({ ...draft, rates })} />
        <Rows kind="services" keyLabel="Service id" legend="Internal prices for services, per task, image or 5-second block" valueLabel="USD" rows={draft.services} errors={errors} onChange={(services) => setDraft({ ...draft, services })} />
        <div className="max-w-xs">
          <label htmlFor="discount" className="text-sm font-medium">Discount on vendor cost (%)</label>
          <input id="discount" className={controlClass} inputMode="decimal" value={draft.discount} aria-invalid={errors.discount ? true : undefined} aria-describedby={fieldDescribedBy('discount', errors.discount)} onChange={(e) => setDraft({ ...draft, discount: e.target.value })} />
          {errors.discount ? <p id="discount-error" className="text-sm text-red-700 dark:text-red-400">{errors.discount}</p> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">Save overrides</button>
          <button type="button" className={button} onClick={() => downloadText('kling-overrides.json', `${JSON.stringify(saved, null, 2)}\n`, 'application/json')}>
            Export (JSON)
          </button>
          <label className={`${button} cursor-pointer`}>
            Import (JSON)
            <input
              type="file"
              accept="application/json,.json"
              className="sr-only"
              onChange={async (e) => {
                const file = await readChosenFile(e.target);
                if (!file) return;
                if ('error' in file) return setStatus(`${file.error} Not a set of overrides.`);
                const parsed = parseOverridesFile(file.text);
                if (parsed.ok) apply(parsed.overrides, `Imported ${file.name}.`);
                else setStatus(parsed.error);
              }}
            />
          </label>
          <button type="button" className={button} onClick={() => apply(NO_OVERRIDES, 'Overrides cleared: the cards are used as published.')}>
            Clear overrides
          </button>
        </div>
        <p role="status" className="text-sm">{status}</p>
      </form>
    </Panel>
  );
}
