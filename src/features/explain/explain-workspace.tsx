/** Paste an envelope (and its task result); see every step of its charge; share it as a link. */
import { useDeferredValue, useEffect, useState } from 'react';
import type { CardSet } from '../../engine';
import { Panel } from '../../components/ui/panel';
import { compressToUrl, decompressFromUrl } from '../../lib/url-compress';
import { BatchPanel } from './components/batch-panel';
import { EnvelopeInput } from './components/envelope-input';
import { ExplanationView } from './components/explanation-view';
import { EXAMPLES, explain } from './explain-model';

const button = 'ui-button';

export function ExplainWorkspace({ set }: { readonly set: CardSet }) {
  const [text, setText] = useState('');
  const [linkStatus, setLinkStatus] = useState('');
  const deferred = useDeferredValue(text);
  const result = explain(deferred, set);

  useEffect(() => {
    // A permalink carries the envelope compressed in the fragment (never sent to a server).
    const packed = new URLSearchParams(window.location.hash.slice(1)).get('e');
    if (!packed) return;
    let live = true;
    void decompressFromUrl(packed).then((read) => {
      if (!live) return;
      if (read.ok) setText(read.text);
      else setLinkStatus(read.error);
    });
    return () => {
      live = false;
    };
  }, []);

  // An edit makes an old link stale: it leaves the address bar.
  const edit = (next: string) => {
    setText(next);
    if (window.location.hash.includes('e=')) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
      setLinkStatus('');
    }
  };

  const share = async () => {
    const packed = await compressToUrl(text);
    const url = `${window.location.origin}${window.location.pathname}#e=${packed}`;
    window.history.replaceState(window.history.state, '', url);
    try {
      await navigator.clipboard.writeText(url);
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
            <p role="status" className="text-sm">{linkStatus}</p>
          </div>
        </Panel>
        <div>
          {result.kind === 'ok' ? (
            <ExplanationView envelope={result.envelope} quote={result.quote} checks={result.checks} />
          ) : (
            <p className="text-sm text-slate-700 dark:text-slate-300">{result.kind === 'empty' ? 'Paste an envelope to see how it is priced.' : 'Nothing to explain until the paste can be read.'}</p>
          )}
        </div>
      </div>
      <BatchPanel set={set} />
    </div>
  );
}
