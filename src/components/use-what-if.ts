/** The link's what-if (SPEC §10) applied to the cards a screen prices with: one reader for every screen. */
import { useMemo } from 'react';
import { applyWhatIf, parseWhatIf, type CardSet, type WhatIfResult } from '../engine';
import { useWhatIfSearch, whatIfValues } from '../lib/what-if-url';

export interface WhatIfState {
  /** The link's `mult` values as written. */
  readonly values: readonly string[];
  /** Why a value was not read, for people. */
  readonly errors: readonly string[];
  /** `own` with the what-if applied; null while there are no cards. */
  readonly result: WhatIfResult | null;
}

/** `own`: the cards without the what-if (the saved overrides applied, in force today). */
export function useWhatIf(own: CardSet | null): WhatIfState {
  const search = useWhatIfSearch();
  const parsed = useMemo(() => {
    const values = whatIfValues(search);
    return { values, ...parseWhatIf(values) };
  }, [search]);
  const result = useMemo(() => (own ? applyWhatIf(own, parsed.factors) : null), [own, parsed]);
  return { values: parsed.values, errors: parsed.errors, result };
}
