/**
 * Announces card versions already loaded but not yet in force (SPEC §8). Its panel, and the
 * pricing on later dates, load only when some card has a later version than the date priced.
 */
import { lazy, Suspense } from 'react';
import { effectiveDate, type CardSet, type Quote, type QuoteOptions } from '../../../engine';

const UpcomingPanel = lazy(() => import('./upcoming-panel'));

interface UpcomingProps {
  readonly quote: Quote;
  readonly set: CardSet;
  readonly options: QuoteOptions;
}

export function Upcoming({ quote, set, options }: UpcomingProps) {
  const { asOf, versions } = set;
  const later = [...versions.internal, ...versions.vendor, ...versions.packages].some(
    (c) => asOf !== null && (effectiveDate(c) ?? '') > asOf,
  );
  return later ? (
    <Suspense fallback={null}>
      <UpcomingPanel quote={quote} set={set} options={options} />
    </Suspense>
  ) : null;
}
