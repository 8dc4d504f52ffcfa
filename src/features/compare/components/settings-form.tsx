/** Volume range, scale, acceptance and failure rates, and the volumes of the tables. */
import { schemaResolver } from '../../../lib/schema-resolver';
import { useForm } from 'react-hook-form';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { useValidChanges } from '../../../components/ui/use-valid-changes';
import { SettingsSchema, type SettingsValues } from '../settings-schema';

interface SettingsFormProps {
  readonly initial: SettingsValues;
  readonly onChange: (values: SettingsValues) => void;
}

type TextKey = 'min' | 'max' | 'acceptancePct' | 'failurePct' | 'at';

export function SettingsForm({ initial, onChange }: SettingsFormProps) {
  const form = useForm<SettingsValues>({
    resolver: schemaResolver(SettingsSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  useValidChanges(form, SettingsSchema, onChange);
  const { errors } = form.formState;
  const text = (key: TextKey, label: string, hint?: string) => (
    <Field id={`settings-${key}`} label={label} error={errors[key]?.message} hint={hint}>
      <input
        id={`settings-${key}`}
        className={controlClass}
        inputMode={key === 'at' ? 'text' : 'decimal'}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={fieldDescribedBy(`settings-${key}`, errors[key]?.message, hint)}
        {...form.register(key, key === 'min' ? { deps: ['max'] } : key === 'max' ? { deps: ['min'] } : undefined)}
      />
    </Field>
  );
  return (
    <form
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      aria-label="Volume and assumptions"
    >
      {text('min', 'Lowest volume (clips kept / month)')}
      {text('max', 'Highest volume (clips kept / month)', 'Up to 1,000,000.')}
      <RadioGroup
        legend="Volume axis"
        registration={form.register('scale')}
        options={[
          { value: 'linear', label: 'Linear' },
          { value: 'log', label: 'Logarithmic' },
        ]}
      />
      {text('at', 'Volumes in the tables', 'For example: 100, 500, 1000')}
      {text(
        'acceptancePct',
        'Acceptance rate (%)',
        'Share of generated clips that are kept; the rest are generated again.',
      )}
      {text('failurePct', 'Failed tasks (%)', 'Failed tasks cost nothing at the vendor.')}
      <label className="inline-flex items-center gap-2 text-sm font-medium sm:col-span-2">
        <input type="checkbox" className="h-4 w-4 accent-blue-700" {...form.register('chargeFailedTasks')} />
        Our internal price charges failed tasks
      </label>
    </form>
  );
}
