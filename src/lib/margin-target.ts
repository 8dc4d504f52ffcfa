/**
 * The margin target (SPEC §10): one percentage, set once and kept in this browser and in the
 * link (`target=`), so a colleague opening the link sees the same marks. The link's wins when
 * it has one; else this browser's; else the default. Setting it is `margin-target-set.ts`, loaded
 * only where the target is edited.
 */
import { useSyncExternalStore } from 'react';
import { readTargetPct } from '../engine';

export const TARGET_KEY = 'kling-calc:margin-target:v1';
export const TARGET_PARAM = 'target';
/** The target until one is set: the command line's `--margin-map` default too. */
export const DEFAULT_TARGET_PCT = '30';

export interface MarginTarget {
  readonly pct: string;
  /** Where it came from: the link, this browser, or the default. */
  readonly source: 'link' | 'browser' | 'default';
  /** A target in the link or the browser that is not one, for people; null: none. */
  readonly problem: string | null;
}

const listeners = new Set<() => void>();
/** The last target read, and what it was read from: read again when the link or the browser's copy changes. */
let current: { readonly from: string; readonly target: MarginTarget } | null = null;

function stored(): string | null {
  try {
    return window.localStorage.getItem(TARGET_KEY);
  } catch {
    return null;
  }
}

function read(): MarginTarget {
  const linked = new URLSearchParams(window.location.search).get(TARGET_PARAM);
  const problems: string[] = [];
  if (linked !== null) {
    const t = readTargetPct(linked);
    if (t.ok) return { pct: t.pct, source: 'link', problem: null };
    problems.push(`The link's margin target is not used: ${t.error}`);
  }
  const kept = stored();
  if (kept !== null) {
    const t = readTargetPct(kept);
    if (t.ok) return { pct: t.pct, source: 'browser', problem: problems[0] ?? null };
    problems.push(`The margin target kept in this browser is not used: ${t.error}`);
  }
  return { pct: DEFAULT_TARGET_PCT, source: 'default', problem: problems.length > 0 ? problems.join(' ') : null };
}

function snapshot(): MarginTarget {
  const from = `${new URLSearchParams(window.location.search).get(TARGET_PARAM)}|${stored()}`;
  if (current?.from !== from) current = { from, target: read() };
  return current.target;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every screen that the target was set (`margin-target-set.ts`), so it is read again. */
export function targetChanged(): void {
  current = null;
  for (const l of listeners) l();
}

// A prerendered page was rendered with neither a link's target nor a kept one: the default.
const DEFAULT_TARGET: MarginTarget = { pct: DEFAULT_TARGET_PCT, source: 'default', problem: null };
const prerendered = () => DEFAULT_TARGET;

export function useMarginTarget(): MarginTarget {
  return useSyncExternalStore(subscribe, snapshot, prerendered);
}
