/** Copies the plain-text quote; says whether it worked. */
import { useState } from 'react';

const copyButton =
  'rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2';

/** `text` may load its formatter on demand: the first page does not carry it. */
export function CopyQuote({ text }: { readonly text: () => Promise<string> }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await text());
      setStatus('Quote copied.');
    } catch {
      setStatus('Copying was refused by the browser: select the text of the page instead.');
    }
  };
  return (
    <div className="flex items-center gap-2">
      <button type="button" onClick={() => void copy()} className={copyButton}>
        Copy quote
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status}
      </span>
    </div>
  );
}
