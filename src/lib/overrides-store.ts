/**
 * The user's overrides in localStorage, under one versioned key (SPEC §5). An entry that is
 * corrupt or outdated is reported and moved, untouched, to a backup key: nothing saved is
 * ever lost, and the page never goes blank.
 */
import { useSyncExternalStore } from 'react';
import { formatIssuePath, NO_OVERRIDES, OverridesSchema, type Overrides } from '../engine';

export const OVERRIDES_KEY = 'kling-calc:overrides:v1';
export const BACKUP_PREFIX = 'kling-calc:overrides:backup:';

export interface OverridesState {
  readonly overrides: Overrides;
  /** Why a saved entry was set aside, and where it is kept. */
  readonly problem: string | null;
}

let state: OverridesState | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function load(): OverridesState {
  const store = storage();
  const raw = store?.getItem(OVERRIDES_KEY) ?? null;
  if (raw === null) return { overrides: NO_OVERRIDES, problem: null };
  let reason: string;
  try {
    const parsed = OverridesSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { overrides: parsed.data, problem: null };
    const issue = parsed.error.issues[0];
    reason = `${formatIssuePath(issue.path) || 'the entry'}: ${issue.message}`;
  } catch {
    reason = 'it is not valid JSON';
  }
  const backup = `${BACKUP_PREFIX}${new Date().toISOString()}`;
  try {
    store?.setItem(backup, raw);
    store?.removeItem(OVERRIDES_KEY);
  } catch {
    return { overrides: NO_OVERRIDES, problem: `Your saved overrides could not be read (${reason}) and could not be backed up; they are left in place under ${OVERRIDES_KEY}.` };
  }
  return { overrides: NO_OVERRIDES, problem: `Your saved overrides could not be read (${reason}). They are kept, unchanged, under ${backup}; the cards are used as published.` };
}

function current(): OverridesState {
  state ??= load();
  return state;
}

function emit() {
  for (const l of listeners) l();
}

/** Saves overrides; returns an error message when the browser refuses. */
export function saveOverrides(overrides: Overrides): string | null {
  try {
    storage()?.setItem(OVERRIDES_KEY, JSON.stringify(overrides));
  } catch (error) {
    return `The overrides could not be saved: ${error instanceof Error ? error.message : 'storage refused'}.`;
  }
  state = { overrides, problem: null };
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
