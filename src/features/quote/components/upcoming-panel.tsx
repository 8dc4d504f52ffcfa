/** "From 2027-01-01 this clip costs $0.38 (+$0.05)": the quote again under each coming card version. */
import { useMemo } from 'react';
import {
  cardTimeline,
  formatStamp,
  upcomingPrices,
  type CardSet,
  type Quote,
  type QuoteOptions,
} from '../../../engine';
import { Panel } from '../../../components/ui/panel';
import { upcomingSentence } from '../upcoming-text';

interface UpcomingPanelProps {
  readonly quote: Quote;
  readonly set: CardSet;
  readonly options: QuoteOptions;
}

export default function UpcomingPanel({ quote, set, options }: UpcomingPanelProps) {
  const timeline = useMemo(() => cardTimeline(set), [set]);
  const upcoming = upcomingPrices(quote, set, options, timeline);
  if (upcoming.length === 0) return null;
  return (
    <Panel title="Later card versions" headingId="upcoming-heading">
      <ul className="flex flex-col gap-1 text-sm" data-testid="upcoming">
        {upcoming.map((u) => (
          <li key={u.date}>
            <span className="font-medium">{upcomingSentence(u)}</span>{' '}
            <span className="text-slate-700 dark:text-slate-300">
              ({u.cards.map(formatStamp).join(', ')} {u.cards.length === 1 ? 'takes' : 'take'} effect)
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
