/**
 * The customer-safe page (`/explain/customer#e=…`): one charge explained in plain words, priced
 * afresh from what the link carries. It shows no vendor cost, no margin, no card id.
 */
import { useState } from 'react';
import type { CardSet } from '../../engine';
import { pageHash, pageSearch } from '../../lib/page-address';
import { useToday } from '../../lib/use-today';
import { CardsGate } from '../../components/cards-gate';
import { parseJson } from '../../lib/parse-json';
import { useFragmentText } from '../../lib/use-fragment-text';
import { CopyText } from './components/copy-text';
import { customerTextOf } from './customer-link';
import { explain } from './explain-model';
import { NO_CHARGE_INPUTS, parseExplainSearch } from './explain-state';

const LINK_WORDS = { carried: 'explanation', paste: 'link' };
const box =
  'rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100';

function CustomerExplanation({ text }: { readonly text: string }) {
  const sections = text.split('\n\n').map((section) => section.split('\n'));
  return (
    <div className="flex flex-col gap-4" data-testid="customer-explanation">
      {sections.map(([title, ...lines]) => (
        <section key={title} aria-label={title} className="ui-panel">
          <h2 className="mb-2 text-base font-semibold">{title}</h2>
          {lines.map((line) => (
            <p key={line} className="mb-1 break-words">
              {line}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}

function CustomerView({ set }: { readonly set: CardSet }) {
  const today = useToday();
  const [search] = useState(pageSearch);
  const asOf = parseExplainSearch(search, today).asOf;
  const [carried] = useState(() => new URLSearchParams(pageHash().slice(1)).has('e'));
  const [text, setText] = useState<string | null>(null);
  const link = useFragmentText('e', LINK_WORDS, (linked) => {
    setText(linked);
    return parseJson(linked).ok;
  });
  if (!carried || link.problem)
    return (
      <p role="alert" className={box}>
        {carried ? 'This link is damaged: ask us for it again.' : 'This address carries no charge to explain.'}
      </p>
    );
  if (text === null) return <p role="status">Loading…</p>;
  const { explanation } = explain(text, set, { ...NO_CHARGE_INPUTS, asOf }, today);
  if (explanation.kind !== 'ok')
    return (
      <p role="alert" className={box}>
        This charge could not be explained: {explanation.kind === 'error' ? explanation.message : 'the link is empty.'}
      </p>
    );
  const customer = customerTextOf(explanation);
  return (
    <div className="flex flex-col gap-4">
      <CustomerExplanation text={customer} />
      <CopyText id="customer-copy-fallback" label="Copy this explanation" what="explanation" make={() => customer} />
    </div>
  );
}

export default function CustomerPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-xl font-semibold tracking-tight">Your charge, explained</h1>
      <CardsGate>{(set) => <CustomerView set={set} />}</CardsGate>
    </div>
  );
}
