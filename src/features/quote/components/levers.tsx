/** A disclosure that loads the savings levers once it is opened. */
import { lazy, Suspense, useState } from 'react';
import type { CardSet, Quote } from '../../../engine';

const LeversPanel = lazy(() => import('./levers-panel'));

export function Levers(props: { readonly quote: Quote; readonly set: CardSet; readonly packageId?: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpened((was) => was || isOpen);
      }}
    >
      <summary className="cursor-pointer font-medium">Ways to pay less</summary>
      {opened ? (
        <Suspense fallback={<p role="status" className="mt-3 text-sm">Loading…</p>}>
          <LeversPanel {...props} />
        </Suspense>
      ) : null}
    </details>
  );
}
