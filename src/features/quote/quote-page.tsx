/** The Quote screen (SPEC §4.1): loads the cards, reads the URL, shows what was ignored. */
import { useState } from 'react';
import { useRateCards } from '../rate-cards/api/rate-cards-query';
import { CardProblems } from '../rate-cards/components/card-problems';
import { initialValues } from './initial-values';
import { QuoteWorkspace } from './quote-workspace';

export function QuotePage() {
  const cards = useRateCards();
  const [search] = useState(() => window.location.search);

  if (cards.isPending) {
    return <p role="status" className="text-sm">Loading rate cards…</p>;
  }
  if (cards.isError) {
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100">
        <p className="font-semibold">The rate cards could not be loaded.</p>
        <p className="text-sm">{cards.error.message}</p>
        <button type="button" className="mt-2 rounded-md border border-red-400 px-3 py-1 text-sm" onClick={() => void cards.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const { set, problems } = cards.data;
  if (set.internal.length === 0 || set.vendor.length === 0) {
    return (
      <div className="flex flex-col gap-3">
        <CardProblems problems={problems} />
        <p role="alert">No {set.internal.length === 0 ? 'internal' : 'vendor'} rate card could be loaded, so nothing can be priced.</p>
      </div>
    );
  }
  const { values, ignored } = initialValues(search, set);
  return (
    <div className="flex flex-col gap-4">
      <CardProblems problems={problems} />
      {ignored.length > 0 ? (
        <p role="status" className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          Ignored from the link: {ignored.join(', ')}. Defaults are used instead.
        </p>
      ) : null}
      <QuoteWorkspace set={set} initial={values} />
    </div>
  );
}
