/** Rate cards (SPEC §4.5, §8): every loaded card and version, the user's overrides, and a diff of versions. */
import { useMemo } from 'react';
import { applyOverrides, cardsInForce, modelLabel } from '../../engine';
import { useOverrides } from '../../lib/overrides-store';
import { useToday } from '../../lib/use-today';
import { useRateCards } from '../../lib/rate-cards/rate-cards-store';
import { CardDiffView } from './components/card-diff-view';
import { CardProblems } from '../../components/card-problems';
import { CardView } from './components/card-view';
import { OverridesEditor } from './components/overrides-editor';
import { CardVersions } from './components/card-versions';
import { allVersions, cardVersionRows } from './card-versions';
import { useWhatIf } from '../../components/use-what-if';

const warning =
  'rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';

export default function RateCardsPage() {
  const cards = useRateCards();
  const { overrides, problem, loading, unreadable } = useOverrides();
  const raw = cards.status === 'ok' ? cards.data.set : undefined;
  const withOverrides = useMemo(() => (raw ? applyOverrides(raw, overrides) : null), [raw, overrides]);
  const today = useToday();
  const rows = useMemo(() => (raw ? cardVersionRows(raw, today) : []), [raw, today]);
  const published = useMemo(() => (raw ? cardsInForce(raw, today) : null), [raw, today]);
  const own = useMemo(() => (withOverrides ? cardsInForce(withOverrides, today) : null), [withOverrides, today]);
  // The link's what-if is named here too, with its actions; the cards below are shown as published.
  const whatIf = useWhatIf(own);
  if (cards.status === 'pending' || loading) return <p role="status">Loading rate cards…</p>;
  if (cards.status === 'error') return <p role="alert">The rate cards could not be loaded: {cards.error.message}</p>;
  // Every version loaded, not only the newest of each card (SPEC §8).
  const all = raw ? allVersions(raw) : [];
  return (
    <div className="flex flex-col gap-6">
      <CardProblems problems={cards.data.problems} />
      {problem ? (
        <p role="alert" className={warning}>
          {problem}
        </p>
      ) : null}
      {whatIf.Bar ? <whatIf.Bar whatIf={whatIf} overrides={overrides} /> : null}
      <section aria-labelledby="loaded-heading" className="flex flex-col gap-3">
        <h2 id="loaded-heading" className="text-lg font-semibold">
          Loaded cards
        </h2>
        {rows.map((row) => (
          <CardView
            key={`${row.card.id}@${row.card.version}`}
            card={row.card}
            status={row.status}
            label={(model) => (published ? modelLabel(published, model) : model)}
          />
        ))}
      </section>
      <CardVersions rows={rows} today={today} />
      {published ? <OverridesEditor saved={overrides} unreadable={unreadable} cards={published} /> : null}
      {withOverrides ? <CardDiffView cards={all} withOverrides={withOverrides} /> : null}
    </div>
  );
}
