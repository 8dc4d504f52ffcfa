/**
 * The model picker: every model of the loaded cards, grouped, or any name typed in. Wired with
 * `register` and `setValue` rather than `useController`, which the first page then need not load.
 */
import { useState } from 'react';
import { useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import type { ModelGroup } from '../../engine';
import { controlClass, Field, fieldDescribedBy } from '../ui/field';
import type { QuoteFormValues } from './quote-form-schema';

const OTHER = '__other__';

interface ModelFieldProps {
  readonly form: UseFormReturn<QuoteFormValues>;
  readonly groups: readonly ModelGroup[];
  readonly idPrefix?: string;
}

export function ModelField({ form, groups, idPrefix = '' }: ModelFieldProps) {
  const p = idPrefix;
  const value = useWatch({ control: form.control, name: 'model' });
  const error = useFormState({ control: form.control, name: 'model' }).errors.model?.message;
  const known = groups.some((g) => g.models.includes(value));
  const [typing, setTyping] = useState(!known);
  const choice = typing || !known ? OTHER : value;
  const hint = typing
    ? 'A model no card knows is priced at the internal default multiplier, with a warning.'
    : undefined;

  return (
    <div className="flex flex-col gap-2">
      <Field id={`${p}model`} label="Model">
        <select
          id={`${p}model`}
          className={controlClass}
          value={choice}
          onChange={(event) => {
            const next = event.target.value;
            setTyping(next === OTHER);
            if (next !== OTHER) form.setValue('model', next, { shouldValidate: true, shouldDirty: true });
          }}
        >
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.models.map((model) => (
                <option key={model} value={model}>
                  {group.labels[model] ?? model}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={OTHER}>Another model (type its name)…</option>
        </select>
      </Field>
      {choice === OTHER ? (
        <Field id={`${p}model-name`} label="Model name" error={error} hint={hint}>
          <input
            id={`${p}model-name`}
            className={controlClass}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : false}
            aria-describedby={fieldDescribedBy(`${p}model-name`, error, hint)}
            {...form.register('model')}
          />
        </Field>
      ) : null}
    </div>
  );
}
