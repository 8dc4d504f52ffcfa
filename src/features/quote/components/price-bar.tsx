/**
 * The price kept in view while the request is edited, below `lg` where the results sit under the
 * form: internal price, vendor cost and margin (its standing in words), stuck to the bottom of the
 * viewport by `position: sticky` at the end of the form's column, so it never leaves that column
 * and goes with it once the form is scrolled past. The same amounts as the results, rendered only.
 */
import { marginStandingOf, type Quote } from '../../../engine';
import { MarginFlag, standingClass } from '../../../components/ui/margin-flag';
import { formatPercent, formatUsd } from '../../../lib/format-money';
import { useMarginTarget } from '../../../lib/margin-target';

export function PriceBar({ quote }: { readonly quote: Quote | null }) {
  const target = useMarginTarget();
  if (!quote) return <p className="ui-price-bar">No price: correct the request.</p>;
  const { charged } = quote.internal;
  const { used } = quote.vendor;
  const { margin } = quote;
  const standing = margin ? marginStandingOf(margin.usd, charged.usd, target.pct) : 'ok';
  return (
    <section aria-label="Price summary" className="ui-price-bar">
      <dl>
        <div>
          <dt>Internal</dt>
          <dd>{formatUsd(charged.usd)}</dd>
        </div>
        <div>
          <dt>Vendor</dt>
          <dd>{used.status === 'priced' ? formatUsd(used.usd) : 'Unavailable'}</dd>
        </div>
        <div>
          <dt>Margin</dt>
          <dd className={standingClass(standing)}>
            {margin ? `${formatUsd(margin.usd)} (${formatPercent(margin.pct)})` : 'Unknown'}
            <MarginFlag standing={standing} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
