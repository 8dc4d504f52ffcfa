/** Paste an envelope (and its task result); see every step of its charge; share it as a link. */
import { useDeferredValue, useState } from 'react';
import type { CardSet } from '../../engine';
import { Panel } from '../../components/ui/panel';
import { parseJson } from '../../lib/parse-json';
import { useFragmentText } from '../../lib/use-fragment-text';
import { BatchPanel } from './components/batch-panel';
import { EnvelopeInput } from './components/envelope-input';
import { ExplanationView } from './components/explanation-view';
import { EXAMPLES, explain } from './explain-model';

const button = 'ui-button';
const LINK_WORDS = { carried: 'request', paste: 'envelope' };

export function ExplainWorkspace({ set }: { readonly set: CardSet }) {
  const [text, setText] = useState('');
  const [linkStatus, setLinkStatus] = useState('');
  const deferred = useDeferredValue(text);
  const result = explain(deferred, set);

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
      setLinkStatus('Link copied: it carries the envelope, compressed.');
    } catch {
      setLinkStatus('The link is in the address bar; copying was refused by the browser.');
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
        <Panel title="Explain a charge" headingId="explain-heading">
          <div className="flex flex-col gap-3">
            <EnvelopeInput value={text} error={result.kind === 'error' ? result.message : null} onChange={edit} />
            <div className="flex flex-wrap gap-2">
              {EXAMPLES.map((example) => (
                <button key={example.label} type="button" className={button} onClick={() => edit(example.text)}>
                  Example: {example.label}
                </button>
              ))}
              <button type="button" className={button} disabled={result.kind !== 'ok'} onClick={() => void share()}>
                Copy a link to this explanation
              </button>
            </div>
            <p role="status" className="text-sm">
              {link.problem ?? linkStatus}
            </p>
          </div>
        </Panel>
        <div>
          {result.kind === 'ok' ? (
            <ExplanationView envelope={result.envelope} quote={result.quote} checks={result.checks} />
          ) : (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {result.kind === 'empty'
                ? 'Paste an envelope to see how it is priced.'
                : 'Nothing to explain until the paste can be read.'}
            </p>
          )}
        </div>
      </div>
      <BatchPanel set={set} />
    </div>
  );
}
