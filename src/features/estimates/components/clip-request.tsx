/** A clip line's request: the shared request form, its every valid change reported. */
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { modelGroups, type CardSet } from '../../../engine';
import { QuoteForm } from '../../../components/request-form/quote-form';
import { QuoteFormSchema, type QuoteFormValues } from '../../../components/request-form/quote-form-schema';
import { useValidChanges } from '../../../components/ui/use-valid-changes';
import { schemaResolver } from '../../../lib/schema-resolver';

interface ClipRequestProps {
  readonly set: CardSet;
  readonly values: QuoteFormValues;
  readonly idPrefix: string;
  readonly label: string;
  readonly onChange: (values: QuoteFormValues) => void;
}

export function ClipRequest({ set, values, idPrefix, label, onChange }: ClipRequestProps) {
  const form = useForm<QuoteFormValues>({
    resolver: schemaResolver(QuoteFormSchema),
    mode: 'onChange',
    defaultValues: values,
  });
  useValidChanges(form, QuoteFormSchema, onChange);
  const groups = useMemo(() => modelGroups(set), [set]);
  return <QuoteForm form={form} groups={groups} idPrefix={idPrefix} label={label} />;
}
