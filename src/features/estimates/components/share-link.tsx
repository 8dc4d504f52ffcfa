/** "Copy link": the estimate, compressed in the link's fragment, copied to the clipboard. */
import { useState } from 'react';
import type { Written } from '../../../lib/use-fragment-text';

interface ShareLinkProps {
  /** Writes the link; null when there is nothing to share. */
  readonly write: () => Promise<Written> | null;
  /** Why there is nothing to share; null when there is. */
  readonly problem: string | null;
}

const button =
  'rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-50 print:hidden';

export function ShareLink({ write, problem }: ShareLinkProps) {
  const [status, setStatus] = useState('');
  const share = async () => {
    const written = await write();
    if (!written) return;
    if (!written.ok) {
      if (written.why === 'refused') setStatus('This browser refused a link this long: export the estimate instead.');
      return;
    }
    try {
      await navigator.clipboard.writeText(written.url);
      setStatus('Link copied: it reopens this estimate exactly.');
    } catch {
      setStatus('The link is in the address bar; copying was refused by the browser.');
    }
  };
  return (
    <div className="flex flex-col items-end gap-1 print:hidden">
      <button type="button" className={button} disabled={problem !== null} onClick={() => void share()}>
        Copy link
      </button>
      <p role="status" className="text-xs text-slate-700 dark:text-slate-300">
        {problem === null ? status : ''}
      </p>
    </div>
  );
}
