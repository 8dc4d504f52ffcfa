/** Marks the page once a screen's content is committed (hydrated or rendered): browser tests wait for it. */
import { useEffect, type ReactNode } from 'react';

export function MarkReady({ children }: { readonly children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return children;
}
