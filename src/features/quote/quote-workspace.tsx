/** The form and the live quote beside it; the engine decides, this only wires and renders. */
import { schemaResolver } from '../../lib/schema-resolver';
import { useCallback, useState } from 'react';
import { Alternatives } from './components/alternatives';
import { Levers } from './components/levers';
import { ServiceLines } from './components/service-lines';
import { useForm, useWatch } from 'react-hook-form';
import { modelGroups, quote, type CardSet } from '../../engine';
import { quoteOptionsFor } from '../../components/request-form/quote-options';
import { packageForCard } from '../../components/request-form/vendor-pickers';
import { Panel } from '../../components/ui/panel';
import { QuoteForm } from '../../components/request-form/quote-form';
import { QuoteResults } from './components/quote-results';
import { QuoteFormSchema, toQuoteRequest, type QuoteFormValues } from '../../components/request-form/quote-form-schema';
import { useUrlSync } from './use-url-sync';
import type { ServiceLineInput } from './service-lines';

interface QuoteWorkspaceProps {
  readonly set: CardSet;
  readonly initial: QuoteFormValues;
  readonly initialLines?: readonly ServiceLineInput[];
}

export function QuoteWorkspace({ set, initial, initialLines = [] }: QuoteWorkspaceProps) {
  const [lines, setLines] = useState<readonly ServiceLineInput[]>(initialLines);
  const form = useForm<QuoteFormValues>({
    resolver: schemaResolver(QuoteFormSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  const values = useWatch({ control: form.control }) as QuoteFormValues;
  useUrlSync(values, lines);

  const parsed = QuoteFormSchema.safeParse(values);
  const result = parsed.success ? quote(toQuoteRequest(parsed.data), set, quoteOptionsFor(parsed.data, set)) : null;
  const current = result?.ok ? result.quote : null;
  const copyText = useCallback(async () => {
    if (!current) return '';
    const { quoteText } = await import('./quote-text');
    return quoteText(current, window.location.href);
  }, [current]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
      <Panel title="Request" headingId="request-heading">
        <QuoteForm form={form} values={values} groups={modelGroups(set)} />
      </Panel>
      {current ? (
        <div className="flex flex-col gap-4">
          <QuoteResults
            quote={current}
            set={set}
            register={form.register}
            copyText={copyText}
            onVendorChange={(cardId) =>
              form.setValue('package', packageForCard(set, cardId, form.getValues('package')), { shouldValidate: true })
            }
          />
          <Alternatives request={current.request} set={set} />
          <Levers quote={current} set={set} packageId={quoteOptionsFor(values, set).packageId} />
          <ServiceLines set={set} packageId={values.package} lines={lines} onChange={setLines} />
        </div>
      ) : (
        <Panel title="Price" headingId="price-heading">
          <p role="status" className="text-sm">
            {result && !result.ok ? result.error : 'Correct the request to see its price.'}
          </p>
        </Panel>
      )}
    </div>
  );
}
