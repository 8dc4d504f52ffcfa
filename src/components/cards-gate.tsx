/**
 * Renders a screen once the rate cards are loaded; loading, failure and refused cards otherwise.
 * Every screen prices with the cards in force today, the saved overrides applied, then the
 * link's what-if (SPEC §10), which the marker above the screen names.
 */
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { cardsInForce, type AppliedWhatIf, type CardSet } from '../engine';
import { useOverrides } from '../lib/overrides-store';
import { useRateCards } from '../lib/rate-cards/rate-cards-store';
import { useToday } from '../lib/use-today';
import { useWhatIf } from './use-what-if';

// Refused cards are rare: their list loads only when there is one.
const CardProblems = lazy(() => import('./card-problems').then((m) => ({ default: m.CardProblems })));

/** What a screen may want beside the cards it prices with. */
export interface GateView {
  /** The same cards without the what-if: the card's own prices (saved overrides applied). */
  readonly own: CardSet;
  /** The what-ifs applied, each with the multiplier it replaces; empty when none. */
  readonly whatIf: readonly AppliedWhatIf[];
}

const problemClass =
  'rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';

export function CardsGate({ children }: { readonly children: (set: CardSet, view: GateView) => ReactNode }) {
  const cards = useRateCards();
  const { overrides, problem, loading, apply } = useOverrides();
  const raw = cards.status === 'ok' ? cards.data.set : undefined;
  // SPEC §8: every screen prices with the cards in force today (UTC) unless it picks a date.
  const today = useToday();
  const { own, overridden } = useMemo(() => {
    const applied = raw && apply ? apply(raw, overrides) : raw;
    return { own: applied ? cardsInForce(applied, today) : null, overridden: applied !== raw };
  }, [raw, overrides, apply, today]);
  const whatIf = useWhatIf(own);
  if (cards.status === 'pending' || loading || whatIf.pending)
    return (
      <p role="status" className="text-sm">
        Loading rate cards…
      </p>
    );
  if (cards.status === 'error') {
    return (
      <div
        role="alert"
        className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">The rate cards could not be loaded.</p>
        <p className="text-sm">{cards.error.message}</p>
        <button type="button" className="mt-2 rounded-md border border-red-400 px-3 py-1 text-sm" onClick={cards.retry}>
          Try again
        </button>
      </div>
    );
  }
  const { problems } = cards.data;
  const set = whatIf.result?.set;
  if (!own || !set) return null;
  const missing = set.internal.length === 0 ? 'internal' : set.vendor.length === 0 ? 'vendor' : null;
  return (
    <div className="flex flex-col gap-4">
      {problems.length > 0 ? (
        <Suspense>
          <CardProblems problems={problems} />
        </Suspense>
      ) : null}
      {problem ? (
        <p role="alert" className={problemClass}>
          {problem}
        </p>
      ) : null}
      {overridden ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Your overrides are applied (see{' '}
          <a className="underline" href="/rate-cards">
            Rate cards
          </a>
          ).
        </p>
      ) : null}
      {whatIf.Bar ? <whatIf.Bar whatIf={whatIf} overrides={overrides} /> : null}
      {whatIf.failed ? (
        <p role="alert" className={problemClass}>
          The what-if in the link could not be loaded, so the prices are the cards&apos; own. Reload to try again.
        </p>
      ) : null}
      {missing ? (
        <p role="alert">No {missing} rate card could be loaded, so nothing can be priced.</p>
      ) : (
        children(set, { own, whatIf: whatIf.result?.applied ?? [] })
      )}
    </div>
  );
}
