/** The form and the live quote beside it; the engine decides, this only wires and renders. */
import { schemaResolver } from '../../lib/schema-resolver';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Alternatives } from './components/alternatives';
import { Levers } from './components/levers';
import { ServiceLines } from './components/service-lines';
import { useForm, useWatch } from 'react-hook-form';
import { cardsInForce, modelGroups, quote, type AppliedWhatIf, type CardSet } from '../../engine';
import { quoteOptionsFor } from '../../components/request-form/quote-options';
import { packageForCard } from '../../components/request-form/vendor-pickers';
import { Panel } from '../../components/ui/panel';
import { QuoteForm } from '../../components/request-form/quote-form';
import { QuoteResults } from './components/quote-results';
import { InternalPanel } from './components/internal-panel';
import { QuoteFormSchema, toQuoteRequest, type QuoteFormValues } from '../../components/request-form/quote-form-schema';
import { useUrlSync } from './use-url-sync';
import { useToday, useTodayMoves } from '../../lib/use-today';
import type { ServiceLineInput } from './service-lines';
import { readAsOf } from './as-of';
import { AsOfField } from './components/as-of-field';
import { Upcoming } from './components/upcoming';
import { whatIfQuote } from './what-if-quote';
import { TryMultiplier } from './components/try-multiplier-toggle';
import { PriceBar } from './components/price-bar';

interface QuoteWorkspaceProps {
  /** The cards in force today (`CardsGate`), every version loaded kept in `versions`. */
  readonly set: CardSet;
  readonly initial: QuoteFormValues;
  readonly initialLines?: readonly ServiceLineInput[];
  /** The date the link asked to price as of; null: today. */
  readonly initialAsOf?: string | null;
  /** The cards without the link's what-if (`CardsGate`); `set` itself when there is none. */
  readonly own?: CardSet;
  readonly whatIf?: readonly AppliedWhatIf[];
}

const problemClass =
  'rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';

const NO_WHAT_IF: readonly AppliedWhatIf[] = [];

export function QuoteWorkspace(props: QuoteWorkspaceProps) {
  const { set, initial, initialLines = [], initialAsOf = null, own = set, whatIf = NO_WHAT_IF } = props;
  const [lines, setLines] = useState<readonly ServiceLineInput[]>(initialLines);
  const today = useToday();
  // Chosen: typed in, or given by the link; only then is the date kept in the link.
  const [asOf, setAsOf] = useState({ text: initialAsOf ?? today, chosen: initialAsOf !== null });
  // A date not chosen moves with today.
  useTodayMoves(today, () => {
    if (!asOf.chosen) setAsOf({ text: today, chosen: false });
  });
  const { date, error: asOfError } = readAsOf(asOf.text, today);
  const cards = useMemo(() => (date === set.asOf ? set : cardsInForce(set, date)), [set, date]);
  const ownCards = useMemo(() => (date === own.asOf ? own : cardsInForce(own, date)), [own, date]);
  const groups = useMemo(() => modelGroups(cards), [cards]);
  const form = useForm<QuoteFormValues>({
    resolver: schemaResolver(QuoteFormSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  const values = useWatch({ control: form.control }) as QuoteFormValues;
  // Made anew only when the date changes: the form then skips a keystroke's render (it is memo).
  const asOfField = useMemo(
    () => (
      <AsOfField
        value={asOf.text}
        today={today}
        error={asOfError}
        onChange={(text) => setAsOf({ text, chosen: text !== today })}
      />
    ),
    [asOf.text, today, asOfError],
  );
  useUrlSync(values, lines, asOf.chosen && asOfError === null ? date : null);

  const parsed = QuoteFormSchema.safeParse(values);
  const { vendor, package: pkg } = values;
  // The same object while the card and package stay: the deferred results below are memo.
  const cardOptions = useMemo(() => quoteOptionsFor({ vendor, package: pkg }, cards), [vendor, pkg, cards]);
  const options = parsed.success ? cardOptions : null;
  const result = parsed.success && options ? quote(toQuoteRequest(parsed.data), cards, options) : null;
  const current = result?.ok ? result.quote : null;
  const tried = current && options ? whatIfQuote(current, whatIf, ownCards, options) : null;
  // The internal price follows each keystroke at once; the rest of the results a frame later.
  const shown = useDeferredValue(current);
  const shownTried = useMemo(
    () => (shown && options ? whatIfQuote(shown, whatIf, ownCards, options) : null),
    [shown, whatIf, ownCards, options],
  );
  const upcoming = useMemo(
    () => (shown && options ? <Upcoming quote={shown} set={cards} options={options} /> : null),
    [shown, cards, options],
  );
  // Stable, so that the vendor pickers (memo) skip a keystroke's render.
  const onVendorChange = useCallback(
    (cardId: string) =>
      form.setValue('package', packageForCard(cards, cardId, form.getValues('package')), { shouldValidate: true }),
    [cards, form],
  );
  const copyText = useCallback(async () => {
    if (!current) return '';
    const { quoteText } = await import('./quote-text');
    return quoteText(current, window.location.href, tried);
  }, [current, tried]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
      <div>
        <Panel title="Request" headingId="request-heading">
          <QuoteForm form={form} groups={groups}>
            {asOfField}
          </QuoteForm>
        </Panel>
        <PriceBar quote={current} />
      </div>
      {current && options ? (
        <div className="flex flex-col gap-4">
          <div className="flex flex-col gap-4" aria-live="polite">
            <InternalPanel
              quote={current}
              own={tried?.own}
              copyText={copyText}
              tryMultiplier={<TryMultiplier quote={current} own={tried?.own ?? null} />}
            />
            <QuoteResults
              quote={shown ?? current}
              set={cards}
              register={form.register}
              packageId={initial.package}
              upcoming={upcoming}
              whatIf={shownTried}
              onVendorChange={onVendorChange}
            />
          </div>
          <Alternatives request={current.request} set={cards} />
          <Levers quote={current} set={cards} packageId={options.packageId} />
          <ServiceLines set={cards} packageId={values.package} lines={lines} onChange={setLines} />
        </div>
      ) : (
        <Panel title="Price" headingId="price-heading">
          {result && !result.ok ? (
            <p role="status" className={problemClass}>
              No price as of {date}: {result.error}.
            </p>
          ) : (
            <p role="status" className="text-sm">
              Correct the request to see its price.
            </p>
          )}
        </Panel>
      )}
    </div>
  );
}
