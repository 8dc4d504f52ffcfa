/**
 * The request being quoted: model, mode, duration, resolution, references, audio, presets.
 * A keystroke re-renders only what reads the value it changed (the model picker, the duration's
 * error, the presets): the fields hold their own values (register), and a quote's price is
 * rendered beside the form on every keystroke.
 */
import { memo, type ReactNode } from 'react';
import { useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import { INPUT_TYPES, RESOLUTIONS, type ModelGroup } from '../../engine';
import { controlClass, Field, fieldDescribedBy } from '../ui/field';
import { RadioGroup } from '../ui/radio-group';
import { REFERENCE_LABELS, type QuoteFormValues } from './quote-form-schema';
import { ModelField } from './model-field';
import { Presets } from './presets';

interface QuoteFormProps {
  readonly form: UseFormReturn<QuoteFormValues>;
  readonly groups: readonly ModelGroup[];
  /** Prefixes every id, for screens with several forms. */
  readonly idPrefix?: string;
  /** More fields of the screen's own, at the end of the form. */
  readonly children?: ReactNode;
  /** The form's name, unique on its screen. */
  readonly label?: string;
}

const set = { shouldValidate: true, shouldDirty: true } as const;
const durationHint = 'Fractions bill as the next whole second internally (5.2 s → 6 s).';

function DurationField({ form, p }: { readonly form: UseFormReturn<QuoteFormValues>; readonly p: string }) {
  const { errors } = useFormState({ control: form.control, name: 'duration' });
  const durationError = errors.duration?.message;
  return (
    <Field id={`${p}duration`} label="Duration (seconds)" error={durationError} hint={durationHint}>
      <input
        id={`${p}duration`}
        className={controlClass}
        inputMode="decimal"
        autoComplete="off"
        aria-invalid={durationError ? true : undefined}
        aria-describedby={fieldDescribedBy(`${p}duration`, durationError, durationHint)}
        defaultValue={form.formState.defaultValues?.duration}
        {...form.register('duration')}
      />
    </Field>
  );
}

function WatchedPresets({ form, p }: { readonly form: UseFormReturn<QuoteFormValues>; readonly p: string }) {
  const [duration, resolution] = useWatch({ control: form.control, name: ['duration', 'resolution'] });
  return (
    <Presets
      idPrefix={p}
      duration={duration.trim()}
      resolution={resolution}
      onDuration={(seconds) => form.setValue('duration', seconds, set)}
      onResolution={(next) => form.setValue('resolution', next, set)}
    />
  );
}

export const QuoteForm = memo(function QuoteForm({ form, groups, idPrefix = '', children, label }: QuoteFormProps) {
  const p = idPrefix;
  const { register, formState } = form;
  // The form's fields hold their values themselves (register): these are in the HTML too, for the
  // page the build prerenders, which shows them before any script runs.
  const initial = formState.defaultValues;
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => event.preventDefault()}
      aria-label={label ?? 'Request to quote'}
    >
      <ModelField form={form} groups={groups} idPrefix={p} />
      <RadioGroup
        legend="Mode"
        registration={register('mode')}
        initial={initial?.mode}
        options={[
          { value: 'std', label: 'Standard (std)' },
          { value: 'pro', label: 'Professional (pro)' },
        ]}
      />
      <DurationField form={form} p={p} />
      <Field id={`${p}resolution`} label="Resolution">
        <select
          id={`${p}resolution`}
          className={controlClass}
          defaultValue={initial?.resolution}
          {...register('resolution')}
        >
          {RESOLUTIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </Field>
      <RadioGroup
        legend="References"
        registration={register('input')}
        initial={initial?.input}
        options={INPUT_TYPES.map((t) => ({ value: t, label: REFERENCE_LABELS[t] }))}
      />
      <label className="inline-flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          className="h-4 w-4 accent-blue-700"
          defaultChecked={initial?.audio}
          {...register('audio')}
        />
        Generate audio
      </label>
      <WatchedPresets form={form} p={p} />
      {children}
    </form>
  );
});
