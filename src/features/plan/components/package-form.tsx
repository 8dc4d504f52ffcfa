/** The package planner's volume, horizon and average generation time. */
import { schemaResolver } from '../../../lib/schema-resolver';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { useValidChanges } from '../../../components/ui/use-valid-changes';

const whole = (max: number, error: string) =>
  z.string().check(z.refine((t) => /^\s*\d{1,7}\s*$/.test(t) && Number(t) >= 1 && Number(t) <= max, { error }));

const PackageInputsSchema = z.object({
  clipsPerMonth: whole(1_000_000, 'A whole number of clips from 1 to 1,000,000.'),
  horizonDays: z.enum(['30', '60', '90']),
  generationSeconds: whole(3600, 'A whole number of seconds from 1 to 3,600.'),
});
export type PackageInputs = z.infer<typeof PackageInputsSchema>;

export function PackageForm({
  initial,
  onChange,
}: {
  readonly initial: PackageInputs;
  readonly onChange: (v: PackageInputs) => void;
}) {
  const form = useForm<PackageInputs>({
    resolver: schemaResolver(PackageInputsSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  useValidChanges(form, PackageInputsSchema, onChange);
  const { errors } = form.formState;
  return (
    <form
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      aria-label="Package planner"
    >
      <Field id="pkg-clips" label="Clips per month" error={errors.clipsPerMonth?.message}>
        <input
          id="pkg-clips"
          className={controlClass}
          inputMode="numeric"
          aria-invalid={errors.clipsPerMonth ? true : undefined}
          aria-describedby={fieldDescribedBy('pkg-clips', errors.clipsPerMonth?.message)}
          {...form.register('clipsPerMonth')}
        />
      </Field>
      <Field id="pkg-gen" label="Average generation time (seconds)" error={errors.generationSeconds?.message}>
        <input
          id="pkg-gen"
          className={controlClass}
          inputMode="numeric"
          aria-invalid={errors.generationSeconds ? true : undefined}
          aria-describedby={fieldDescribedBy('pkg-gen', errors.generationSeconds?.message)}
          {...form.register('generationSeconds')}
        />
      </Field>
      <RadioGroup
        legend="Over"
        registration={form.register('horizonDays')}
        options={[
          { value: '30', label: '30 days' },
          { value: '60', label: '60 days' },
          { value: '90', label: '90 days' },
        ]}
      />
    </form>
  );
}
