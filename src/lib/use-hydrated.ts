/**
 * False in the build's prerender and while a prerendered page hydrates, true from then on: for
 * what only a browser can render (a chart that measures its box, inline styles, which the CSP
 * refuses in served HTML but allows once set from script).
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
