/**
 * The user's overrides in localStorage, under one versioned key (SPEC §5). Nothing saved:
 * nothing to load. Something saved: its schema is loaded to read it (`overrides-validate`),
 * and a corrupt or outdated entry is kept under a backup key, never lost.
 */
import { useSyncExternalStore } from 'react';
import { NO_OVERRIDES, type Overrides } from '../engine';

export const OVERRIDES_KEY = 'kling-calc:overrides:v1';

export interface OverridesState {
  readonly loading: boolean;
  readonly overrides: Overrides;
  /** Why a saved entry was set aside, and where it is kept. */
  readonly problem: string | null;
}

const READY: OverridesState = { loading: false, overrides: NO_OVERRIDES, problem: null };
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
  void import('./overrides-validate').then(({ readSaved }) => {
    state = { loading: false, ...readSaved(saved, OVERRIDES_KEY, store) };
    emit();
  });
  return { loading: true, overrides: NO_OVERRIDES, problem: null };
}

function current(): OverridesState {
  state ??= load();
  return state;
}

/** Saves overrides; returns an error message when the browser refuses. */
export function saveOverrides(overrides: Overrides): string | null {
  try {
    storage()?.setItem(OVERRIDES_KEY, JSON.stringify(overrides));
  } catch (error) {
    return `The overrides could not be saved: ${error instanceof Error ? error.message : 'storage refused'}.`;
  }
  state = { loading: false, overrides, problem: null };
  emit();
  return null;
}

/** Re-reads storage (another tab saved, or a test changed it). */
export function reloadOverrides(): void {
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

export function useOverrides(): OverridesState {
  return useSyncExternalStore(subscribe, current, current);
}
