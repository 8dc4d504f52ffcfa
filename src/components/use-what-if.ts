/**
 * The link's what-if (SPEC §10) applied to the cards a screen prices with: one reader for every
 * screen. Its code loads only when the link has a `mult` (as overrides load only when saved), and
 * until it has, the screen waits: no price is shown without the what-if the link asks for.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CardSet, WhatIfResult } from '../engine';
import { useWhatIfSearch, whatIfValues } from '../lib/what-if-url';

type Machinery = typeof import('./what-if-machinery');

// Loaded once per page, by whichever screen needs it first.
let machinery: Machinery | null = null;
let loading: Promise<Machinery> | null = null;

function load(): Promise<Machinery> {
  loading ??= import('./what-if-machinery').then(
    (m) => (machinery = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export interface WhatIfState {
  /** The link's `mult` values as written. */
  readonly values: readonly string[];
  /** Why a value was not read, for people. */
  readonly errors: readonly string[];
  /** `own` with the what-if applied; null while there are no cards. */
  readonly result: WhatIfResult | null;
  /** The link has a what-if whose code is still loading. */
  readonly pending: boolean;
  /** Its code could not be loaded: the prices shown are the cards' own. */
  readonly failed: boolean;
  /** The marker, once loaded. */
  readonly Bar: Machinery['WhatIfBar'] | null;
}

/** `own`: the cards without the what-if (the saved overrides applied, in force today). */
export function useWhatIf(own: CardSet | null): WhatIfState {
  const search = useWhatIfSearch();
  const [ready, setReady] = useState<Machinery | null>(machinery);
  const [failed, setFailed] = useState(false);
  const needed = search !== '';
  useEffect(() => {
    if (needed && !ready) load().then(setReady, () => setFailed(true));
  }, [needed, ready]);
  const parsed = useMemo(() => {
    const values = whatIfValues(search);
    return ready ? { values, ...ready.parseWhatIf(values) } : { values, factors: [], errors: [] };
  }, [ready, search]);
  const result = useMemo(() => {
    if (!own) return null;
    return ready ? ready.applyWhatIf(own, parsed.factors) : { set: own, applied: [], unknown: [] };
  }, [own, ready, parsed]);
  return {
    values: parsed.values,
    errors: parsed.errors,
    result,
    pending: needed && !ready && !failed,
    failed: needed && !ready && failed,
    Bar: ready?.WhatIfBar ?? null,
  };
}
