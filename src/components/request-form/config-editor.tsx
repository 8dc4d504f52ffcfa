/**
 * One configuration (a full quote request with its card and package) in its own form, for
 * screens that hold several. Every valid change is reported; each field shows its message.
 */
import { schemaResolver } from '../../lib/schema-resolver';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { modelGroups, type CardSet } from '../../engine';
import { controlClass, Field } from '../ui/field';
import { useValidChanges } from '../ui/use-valid-changes';
import { QuoteFormSchema, type QuoteFormValues } from './quote-form-schema';
import { QuoteForm } from './quote-form';
import { packageForCard, VendorPickers } from './vendor-pickers';

interface ConfigEditorProps {
  readonly set: CardSet;
  readonly label: string;
  readonly values: QuoteFormValues;
  readonly onChange: (label: string, values: QuoteFormValues) => void;
}

export function ConfigEditor({ set, label, values, onChange }: ConfigEditorProps) {
  const id = useId().replace(/:/g, '');
  const [name, setName] = useState(label);
  const form = useForm<QuoteFormValues>({
    resolver: schemaResolver(QuoteFormSchema),
    mode: 'onChange',
    defaultValues: values,
  });
  const vendor = useWatch({ control: form.control, name: 'vendor' });
  const groups = useMemo(() => modelGroups(set), [set]);
  useValidChanges(form, QuoteFormSchema, (valid) => onChange(name.trim() || label, valid));
  return (
    <div className="flex flex-col gap-4">
      <Field id={`${id}-label`} label="Label">
        <input
          id={`${id}-label`}
          className={controlClass}
          maxLength={60}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            const parsed = QuoteFormSchema.safeParse(form.getValues());
            if (parsed.success) onChange(event.target.value.trim() || label, parsed.data);
          }}
        />
      </Field>
      {/* Named after its configuration: a screen holds several, and landmarks need names of their own. */}
      <QuoteForm form={form} groups={groups} idPrefix={`${id}-`} label={`Request: ${name.trim() || label}`} />
      <VendorPickers
        set={set}
        cardId={vendor}
        packageId={form.formState.defaultValues?.package}
        register={form.register}
        idPrefix={`${id}-`}
        onVendorChange={(cardId) =>
          form.setValue('package', packageForCard(set, cardId, form.getValues('package')), { shouldValidate: true })
        }
      />
    </div>
  );
}
