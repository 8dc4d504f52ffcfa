/**
 * The loaded rate cards, shared by every screen (SPEC §5): an object the app creates and hands
 * down (`RateCardsContext`), read through `useRateCards`. One load a page, retried once; the
 * build's copy of the cards goes in first when the page has one (`set`), and a later fetch that
 * finds a card changed replaces it. This is all the app asked of a query library, which weighed
 * 10 KB of the first page's 120 (decision 0070).
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { fetchRateCards, type LoadedRateCards } from './fetch-rate-cards';

export type RateCardsState =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly error: Error }
  | { readonly status: 'ok'; readonly data: LoadedRateCards };

export interface RateCardsStore {
  readonly get: () => RateCardsState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Loads the cards unless they are loaded or loading; after a failure, tries again. */
  readonly load: () => void;
  /** Puts cards already read in place: the build's copy, or a fetch that found a change. */
  readonly set: (data: LoadedRateCards) => void;
}

const PENDING: RateCardsState = { status: 'pending' };

/** `retries`: how many times a failed load is tried again before the failure is shown. */
export function createRateCardsStore(fetchCards = () => fetchRateCards(), retries = 1): RateCardsStore {
  let state = PENDING;
  let loading = false;
  const listeners = new Set<() => void>();
  const put = (next: RateCardsState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const attempt = (left: number): Promise<LoadedRateCards> =>
    fetchCards().catch((error: unknown) => (left > 0 ? attempt(left - 1) : Promise.reject(error)));
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      if (loading || state.status === 'ok') return;
      loading = true;
      if (state.status === 'error') put(PENDING);
      attempt(retries)
        .then(
          (data) => put({ status: 'ok', data }),
          (error: unknown) =>
            put({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
        )
        .finally(() => (loading = false));
    },
    set: (data) => put({ status: 'ok', data }),
  };
}

export const RateCardsContext = createContext<RateCardsStore | null>(null);

let afterShown: (() => void) | null = null;

/**
 * Runs `run` once the first screen that reads the cards is on the page (hydrated, if it was):
 * new cards arriving before would make its first render differ from the build's.
 */
export function whenCardsShown(run: () => void): void {
  afterShown = run;
}

/** The cards, loading them on first use. */
export function useRateCards(): RateCardsState & { readonly retry: () => void } {
  const store = useContext(RateCardsContext);
  if (!store) throw new Error('useRateCards: no RateCardsContext above');
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  useEffect(() => {
    store.load();
    const run = afterShown;
    afterShown = null;
    run?.();
  }, [store]);
  return { ...state, retry: store.load };
}
