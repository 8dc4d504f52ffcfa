/** The model picker: every model of the loaded cards, grouped, or any name typed in. */
import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import type { ModelGroup } from '../../engine';
import { controlClass, Field, fieldDescribedBy } from '../ui/field';
import type { QuoteFormValues } from './quote-form-schema';

const OTHER = '__other__';

interface ModelFieldProps {
  readonly control: Control<QuoteFormValues>;
  readonly groups: readonly ModelGroup[];
  readonly idPrefix?: string;
}

export function ModelField({ control, groups, idPrefix = '' }: ModelFieldProps) {
  const p = idPrefix;
  const { field, fieldState } = useController({ control, name: 'model' });
  const known = groups.some((g) => g.models.includes(field.value));
  const [typing, setTyping] = useState(!known);
  const choice = typing || !known ? OTHER : field.value;
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
            if (next !== OTHER) field.onChange(next);
          }}
        >
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.models.map((model) => (
                <option key={model} value={model}>
                  {model}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={OTHER}>Another model (type its name)…</option>
        </select>
      </Field>
      {choice === OTHER ? (
        <Field id={`${p}model-name`} label="Model name" error={fieldState.error?.message} hint={hint}>
          <input
            id={`${p}model-name`}
            className={controlClass}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={fieldState.invalid}
            aria-describedby={fieldDescribedBy(`${p}model-name`, fieldState.error?.message, hint)}
            {...field}
          />
        </Field>
      ) : null}
    </div>
  );
}
