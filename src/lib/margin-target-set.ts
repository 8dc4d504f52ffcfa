/** Setting the margin target: in this browser and in the link, then every screen reads it again. */
import { readTargetPct } from '../engine';
import { targetChanged, TARGET_KEY, TARGET_PARAM } from './margin-target';
import { describeStorageError } from './storage-error';
import { replaceSearch } from './use-replace-url';

/** Sets the target in this browser and in the link; null, or why it could not be kept. */
export function setMarginTarget(text: string): string | null {
  const t = readTargetPct(text);
  if (!t.ok) return t.error;
  let problem: string | null = null;
  try {
    window.localStorage.setItem(TARGET_KEY, t.pct);
  } catch (error) {
    problem = `The target is in the link only: this browser did not keep it. ${describeStorageError(error)}`;
  }
  const params = new URLSearchParams(window.location.search);
  params.set(TARGET_PARAM, t.pct);
  replaceSearch(`?${params}`);
  targetChanged();
  return problem;
}
