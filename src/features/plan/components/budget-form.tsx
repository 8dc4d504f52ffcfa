/** The monthly budget, what it is measured against, and the alert thresholds. */
import { schemaResolver } from '../../../lib/schema-resolver';
import { useForm } from 'react-hook-form';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { useValidChanges } from '../../../components/ui/use-valid-changes';
import { BudgetSchema, type BudgetValues } from '../budget-schema';

export function BudgetForm({
  initial,
  onChange,
}: {
  readonly initial: BudgetValues;
  readonly onChange: (v: BudgetValues) => void;
}) {
  const form = useForm<BudgetValues>({
    resolver: schemaResolver(BudgetSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  useValidChanges(form, BudgetSchema, onChange);
  const { errors } = form.formState;
  return (
    <form className="grid gap-4 sm:grid-cols-2" noValidate onSubmit={(e) => e.preventDefault()} aria-label="Budget">
      <Field id="budget-usd" label="Monthly budget (USD)" error={errors.budgetUsd?.message}>
        <input
          id="budget-usd"
          className={controlClass}
          inputMode="decimal"
          aria-invalid={errors.budgetUsd ? true : undefined}
          aria-describedby={fieldDescribedBy('budget-usd', errors.budgetUsd?.message)}
          {...form.register('budgetUsd')}
        />
      </Field>
      <Field
        id="budget-alerts"
        label="Alert thresholds (%)"
        error={errors.thresholds?.message}
        hint="Alerts at 50, 75 and 90 % of the budget unless you set others."
      >
        <input
          id="budget-alerts"
          className={controlClass}
          aria-invalid={errors.thresholds ? true : undefined}
          aria-describedby={fieldDescribedBy('budget-alerts', errors.thresholds?.message, 'hint')}
          {...form.register('thresholds')}
        />
      </Field>
      <RadioGroup
        legend="Budget measured against"
        registration={form.register('against')}
        options={[
          { value: 'internal', label: 'Our internal price' },
          { value: 'vendor', label: 'Vendor cost' },
        ]}
      />
    </form>
  );
}
