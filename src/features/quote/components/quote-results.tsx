/** The live answer: internal price both ways, vendor cost, margin, other cards, warnings. */
import { Fragment, lazy, Suspense, type ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { formatStamp, marginStandingOf, UNIT_NAMES, type CardSet, type Quote, type VendorQuote } from '../../../engine';
import { MarginTargetLine } from '../../../components/margin-target-line';
import { MarginFlag, standingClass } from '../../../components/ui/margin-flag';
import { useMarginTarget } from '../../../lib/margin-target';
import { Money } from '../../../components/ui/money';
import { Panel } from '../../../components/ui/panel';
import { formatCount, formatPercent, formatUsd } from '../../../lib/format-money';
import type { QuoteFormValues } from '../../../components/request-form/quote-form-schema';
import { Calculation } from '../../../components/quote-view/calculation';
import { CopyQuote } from './copy-quote';
import { Notices } from '../../../components/quote-view/notices';
import { VendorPickers } from '../../../components/request-form/vendor-pickers';
import { asOfLine } from '../as-of-line';
import type { WhatIfQuote } from '../what-if-quote';

// Shown only with a what-if, whose code is loaded then anyway.
const WhatIfNote = lazy(() => import('./what-if-note').then((m) => ({ default: m.WhatIfNote })));

function VendorDetail({ q }: { readonly q: VendorQuote }) {
  if (q.status === 'unavailable') return <span>Unavailable: {q.reason}</span>;
  const units =
    q.units !== null && q.unitPrice ? `${formatCount(q.units)} ${UNIT_NAMES[q.unit]} at $${q.unitPrice.usd}, ` : '';
  return (
    <span>
      {units}
      {q.billedSeconds} s{q.tier ? `, ${q.tier} tier` : ''}
      {q.approximate ? ', approximate' : ''}
    </span>
  );
}

interface QuoteResultsProps {
  readonly quote: Quote;
  readonly set: CardSet;
  readonly register: UseFormRegister<QuoteFormValues>;
  /** The package chosen when the form opened (see `VendorPickers`). */
  readonly packageId?: string;
  readonly copyText: () => Promise<string>;
  readonly onVendorChange: (cardId: string) => void;
  /** Shown under the internal price: what coming card versions will change. */
  readonly upcoming?: ReactNode;
  /** A what-if prices this model: the card's own quote is shown beside it. */
  readonly whatIf?: WhatIfQuote | null;
  /** "Try a multiplier", under the price. */
  readonly tryMultiplier?: ReactNode;
}

const big = 'text-3xl font-semibold tracking-tight';

export function QuoteResults(props: QuoteResultsProps) {
  const { quote, set, register, packageId, copyText, onVendorChange, upcoming, whatIf, tryMultiplier } = props;
  const target = useMarginTarget();
  const standing = quote.margin ? marginStandingOf(quote.margin.usd, quote.internal.charged.usd, target.pct) : 'ok';
  const { asBilled, atRequested, differenceUsd } = quote.internal;
  const own = whatIf?.own;
  const used = quote.vendor.used;
  const others = quote.vendor.all.filter((v) => v !== used);
  return (
    <div className="flex flex-col gap-4" aria-live="polite">
      <Panel title="Internal price" headingId="internal-heading" actions={<CopyQuote text={copyText} />}>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-700 dark:text-slate-300">As billed ({asBilled.resolution})</dt>
            <dd className={big}>
              <Money value={asBilled.usd} testId="internal-usd" />
              {own ? (
                <Suspense>
                  <WhatIfNote label="price" usd={own.internal.asBilled.usd} testId="own-internal-usd" />
                </Suspense>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700 dark:text-slate-300">
              At {atRequested.resolution}, if billing honoured resolution
            </dt>
            <dd className="text-2xl font-semibold">
              <Money value={atRequested.usd} testId="internal-usd-honored" />
              {own ? (
                <Suspense>
                  <WhatIfNote label="price" usd={own.internal.atRequested.usd} testId="own-internal-usd-honored" />
                </Suspense>
              ) : null}
            </dd>
            <dd className="text-sm text-slate-700 dark:text-slate-300">Difference: {formatUsd(differenceUsd)}</dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="as-of-stamp">
          {asOfLine(quote)
            .split(' · ')
            .map((part, i) => (
              <Fragment key={part}>
                {i > 0 ? ' · ' : ''}
                <span className="whitespace-nowrap">{part}</span>
              </Fragment>
            ))}
        </p>
        {tryMultiplier}
      </Panel>
      {upcoming}
      <Panel title="Vendor cost" headingId="vendor-heading">
        <VendorPickers
          set={set}
          cardId={quote.vendor.cardId}
          packageId={packageId}
          register={register}
          onVendorChange={onVendorChange}
        />
        <p className={`mt-3 ${big}`}>
          {used.status === 'priced' ? (
            <Money value={used.usd} testId="vendor-usd" />
          ) : (
            <span data-testid="vendor-usd">Unavailable</span>
          )}
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <VendorDetail q={used} />
        </p>
        {others.length > 0 ? (
          <div className="mt-3">
            <h3 className="text-sm font-medium">The same request on the other cards</h3>
            <ul className="mt-1 text-sm">
              {others.map((v) => (
                <li key={formatStamp(v.card)}>
                  {v.cardTitle} ({v.card.version}): {v.status === 'priced' ? <Money value={v.usd} /> : null}{' '}
                  <VendorDetail q={v} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Panel>
      <Panel title="Margin" headingId="margin-heading">
        {quote.margin ? (
          <p>
            <Money value={quote.margin.usd} testId="margin-usd" className={`${big} ${standingClass(standing)}`} />{' '}
            <span className={`text-lg ${standingClass(standing)}`} data-testid="margin-pct">
              {formatPercent(quote.margin.pct)}
            </span>
            <MarginFlag standing={standing} />{' '}
            <span className="text-sm text-slate-700 dark:text-slate-300">
              of the internal price ({formatUsd(quote.internal.charged.usd)} − vendor cost)
            </span>
            {own ? (
              <Suspense>
                <WhatIfNote
                  label="margin"
                  usd={own.margin?.usd ?? null}
                  pct={own.margin?.pct}
                  testId="own-margin-usd"
                />
              </Suspense>
            ) : null}
          </p>
        ) : (
          <p>
            <span data-testid="margin-usd" className={big}>
              Unknown
            </span>{' '}
            <span className="text-sm">No vendor cost, so no margin (never $0).</span>
          </p>
        )}
        <div className="mt-2">
          <MarginTargetLine />
        </div>
      </Panel>
      <Panel title="Warnings" headingId="warnings-heading">
        <Notices notices={quote.notices} />
      </Panel>
      <Calculation asBilled={asBilled} atRequested={atRequested} vendor={used} />
    </div>
  );
}
