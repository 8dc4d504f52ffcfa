/** Paste an envelope (and its task answer), fill in what was charged; see the verdict and every step. */
import { useDeferredValue, useMemo, useState } from 'react';
import type { CardSet } from '../../engine';
import { Panel } from '../../components/ui/panel';
import { parseJson } from '../../lib/parse-json';
import { useFragmentText } from '../../lib/use-fragment-text';
import { useReplaceUrl } from '../../lib/use-replace-url';
import { pageSearch } from '../../lib/page-address';
import { useToday, useTodayMoves } from '../../lib/use-today';
import { BatchPanel } from './components/batch-panel';
import { ChargeFields } from './components/charge-fields';
import { EnvelopeInput } from './components/envelope-input';
import { ExplainResults } from './components/explain-results';
import { MisplacedFields } from './components/misplaced-fields';
import { EXAMPLES } from './explain-examples';
import { explain } from './explain-model';
import { parseExplainSearch, toExplainSearch, type ExplainState } from './explain-state';

const button = 'ui-button';
const LINK_WORDS = { carried: 'request', paste: 'envelope' };

export function ExplainWorkspace({ set }: { readonly set: CardSet }) {
  const today = useToday();
  const [state, setState] = useState<ExplainState>(() => parseExplainSearch(pageSearch(), today));
  // An "As of" left at the day the page was built on moves with today.
  useTodayMoves(today, (from) => {
    if (state.asOf === from) setState({ ...state, asOf: today });
  });
  // In a box of its own: React then compares a paste by identity, not a megabyte of characters.
  const [input, setInput] = useState({ text: '' });
  const setText = (text: string) => setInput({ text });
  const text = input.text;
  const [linkStatus, setLinkStatus] = useState('');
  const deferred = useDeferredValue(input);
  // Only when the deferred text (or the fields) changed: the keystroke's own render stays light.
  const explained = useMemo(() => explain(deferred.text, set, state, today), [deferred, set, state, today]);
  const { explanation: result, fieldErrors, used, asOf } = explained;
  // Counts the explanations shown: the customer panel starts afresh with each. (The text itself as
  // React's key cost a hash of the whole paste on every keystroke.)
  const [shown, setShown] = useState({ of: explained, count: 0 });
  if (shown.of !== explained) setShown({ of: explained, count: shown.count + 1 });
  useReplaceUrl(toExplainSearch(state));

  // A permalink carries the envelope compressed in the fragment (never sent to a server).
  const link = useFragmentText('e', LINK_WORDS, (linked) => {
    setText(linked);
    return parseJson(linked).ok;
  });

  // An edit makes an old link stale: it leaves the address bar.
  const edit = (next: string) => {
    setText(next);
    link.clear();
    setLinkStatus('');
  };

  const share = async () => {
    const written = await link.write(text);
    if (!written.ok) {
      // "replaced": an edit came first, and the link would be stale anyway.
      if (written.why === 'refused') setLinkStatus('This browser refused a link this long: share the envelope itself.');
      return;
    }
    try {
      await navigator.clipboard.writeText(written.url);
      setLinkStatus('Link copied: it carries the envelope, compressed, and the fields of the charge.');
    } catch {
      setLinkStatus('The link is in the address bar; copying was refused by the browser.');
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
        <Panel title="Explain a charge" headingId="explain-heading">
          <div className="flex flex-col gap-4">
            <EnvelopeInput
              value={text}
              error={result.kind === 'error' && result.stage !== 'date' ? result.message : null}
              onChange={edit}
            />
            {result.kind === 'ok' ? <MisplacedFields misplaced={result.misplaced} /> : null}
            <div className="flex flex-wrap gap-2">
              {EXAMPLES.map((example) => (
                <button key={example.label} type="button" className={button} onClick={() => edit(example.text)}>
                  Example: {example.label}
                </button>
              ))}
            </div>
            <ChargeFields
              state={state}
              used={used}
              errors={fieldErrors}
              onChange={(key, value) => setState((s) => ({ ...s, [key]: value }))}
            />
            <div className="flex flex-col gap-1">
              <button
                type="button"
                className={`${button} self-start`}
                disabled={result.kind !== 'ok'}
                onClick={() => void share()}
              >
                Copy a link to this explanation
              </button>
              <p role="status" className="text-sm">
                {link.problem ?? linkStatus}
              </p>
            </div>
          </div>
        </Panel>
        <ExplainResults result={result} resetKey={shown.count} />
      </div>
      <BatchPanel set={set} asOf={asOf} />
    </div>
  );
}
