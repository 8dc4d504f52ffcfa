/**
 * The user's overrides in localStorage, under one versioned key (SPEC §5). Nothing saved:
 * nothing to load. Something saved: its schema is loaded to read it (`overrides-validate`),
 * and a corrupt or outdated entry is kept under a backup key, never lost. Writing them is
 * `overrides-save`, off the first page.
 */
import { useSyncExternalStore } from 'react';
import { NO_OVERRIDES, type CardSet, type Overrides } from '../engine';

type Apply = (set: CardSet, overrides: Overrides) => CardSet;

export const OVERRIDES_KEY = 'kling-calc:overrides:v1';

export interface OverridesState {
  readonly loading: boolean;
  readonly overrides: Overrides;
  /** Applies them (loaded with them; null when there are none). */
  readonly apply: Apply | null;
  /** Why a saved entry was set aside, and where it is kept. */
  readonly problem: string | null;
  /** A saved entry that could be neither read nor backed up: its only copy, which no save may overwrite. */
  readonly unreadable?: string;
}

const READY: OverridesState = { loading: false, overrides: NO_OVERRIDES, apply: null, problem: null };
let state: OverridesState | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function emit() {
  for (const l of listeners) l();
}

function load(): OverridesState {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(OVERRIDES_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw === null) return READY;
  const saved = raw;
  const pending: OverridesState = { loading: true, overrides: NO_OVERRIDES, apply: null, problem: null };
  void import('./overrides-validate').then(({ readSaved, applyOverrides }) => {
    // A reload (another tab saved) or a save since then is newer than what was read here.
    if (state !== pending) return;
    state = { loading: false, apply: applyOverrides, ...readSaved(saved, OVERRIDES_KEY, store) };
    emit();
  });
  return pending;
}

function current(): OverridesState {
  state ??= load();
  return state;
}

/** Publishes overrides just written (`overrides-save`, which only the Rate cards screen loads, writes them). */
export function setOverrides(overrides: Overrides, apply: Apply): void {
  state = { loading: false, overrides, apply, problem: null };
  emit();
}

/** Re-reads storage (another tab saved or cleared the overrides). */
function reloadOverrides(): void {
  state = null;
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === OVERRIDES_KEY) reloadOverrides();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

// A prerendered page was rendered with nothing saved; it is hydrated only when nothing is (main.tsx).
const prerendered = () => READY;

export function useOverrides(): OverridesState {
  return useSyncExternalStore(subscribe, current, prerendered);
}
