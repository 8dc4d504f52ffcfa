/**
 * The live answer after the internal price (`InternalPanel`): vendor cost, margin, other cards,
 * warnings, the calculation. Memo: given the deferred quote, it renders a frame after a keystroke's price.
 */
import { lazy, memo, Suspense, type ReactNode } from 'react';
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
import { Notices } from '../../../components/quote-view/notices';
import { VendorPickers } from '../../../components/request-form/vendor-pickers';
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
  readonly onVendorChange: (cardId: string) => void;
  /** Shown under the internal price: what coming card versions will change. */
  readonly upcoming?: ReactNode;
  /** A what-if prices this model: the card's own quote is shown beside it. */
  readonly whatIf?: WhatIfQuote | null;
}

const big = 'text-3xl font-semibold tracking-tight';

export const QuoteResults = memo(function QuoteResults(props: QuoteResultsProps) {
  const { quote, set, register, packageId, onVendorChange, upcoming, whatIf } = props;
  const target = useMarginTarget();
  const standing = quote.margin ? marginStandingOf(quote.margin.usd, quote.internal.charged.usd, target.pct) : 'ok';
  const { asBilled, atRequested } = quote.internal;
  const own = whatIf?.own;
  const used = quote.vendor.used;
  const others = quote.vendor.all.filter((v) => v !== used);
  return (
    <>
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
    </>
  );
});
