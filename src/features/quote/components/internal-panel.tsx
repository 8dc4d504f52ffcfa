/**
 * The internal price both ways, with the cards it was priced on: the part of the results a
 * keystroke updates at once (the rest follows a frame later, `QuoteResults`).
 */
import { Fragment, lazy, Suspense, type ReactNode } from 'react';
import type { Quote } from '../../../engine';
import { Money } from '../../../components/ui/money';
import { Panel } from '../../../components/ui/panel';
import { formatUsd } from '../../../lib/format-money';
import { CopyQuote } from './copy-quote';
import { asOfLine } from '../as-of-line';

// Shown only with a what-if, whose code is loaded then anyway.
const WhatIfNote = lazy(() => import('./what-if-note').then((m) => ({ default: m.WhatIfNote })));

interface InternalPanelProps {
  readonly quote: Quote;
  /** The card's own quote, beside a what-if's. */
  readonly own?: Quote | null;
  readonly copyText: () => Promise<string>;
  /** "Try a multiplier", under the price. */
  readonly tryMultiplier?: ReactNode;
}

const big = 'text-3xl font-semibold tracking-tight';

/** The card's own price beside a what-if's. */
function OwnPrice({ usd, testId }: { readonly usd: string; readonly testId: string }) {
  return (
    <Suspense>
      <WhatIfNote label="price" usd={usd} testId={testId} />
    </Suspense>
  );
}

export function InternalPanel({ quote, own, copyText, tryMultiplier }: InternalPanelProps) {
  const { asBilled, atRequested, differenceUsd } = quote.internal;
  return (
    <Panel title="Internal price" headingId="internal-heading" actions={<CopyQuote text={copyText} />}>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">As billed ({asBilled.resolution})</dt>
          <dd className={big}>
            <Money value={asBilled.usd} testId="internal-usd" />
            {own ? <OwnPrice usd={own.internal.asBilled.usd} testId="own-internal-usd" /> : null}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">
            At {atRequested.resolution}, if billing honoured resolution
          </dt>
          <dd className="text-2xl font-semibold">
            <Money value={atRequested.usd} testId="internal-usd-honored" />
            {own ? <OwnPrice usd={own.internal.atRequested.usd} testId="own-internal-usd-honored" /> : null}
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
  );
}
