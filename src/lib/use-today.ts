/**
 * Today's UTC date (SPEC §8), for a first render that reads it. A prerendered page was rendered
 * on the day it was built: while it hydrates, "today" is that day (`hydrateAsOf`), so the first
 * render equals the build's; right after, it moves to the real today and the page renders again.
 */
import { useState, useSyncExternalStore } from 'react';
import { utcDate } from '../engine';

let renderedOn: string | null = null;

/** The date the page being hydrated (or prerendered) was rendered on. */
export function hydrateAsOf(date: string): void {
  renderedOn = date;
}

const today = () => utcDate(Date.now());
const serverToday = () => renderedOn ?? today();
// Nothing tells a page that midnight passed: the next render reads the new day.
const subscribe = () => () => undefined;

export function useToday(): string {
  return useSyncExternalStore(subscribe, today, serverToday);
}

/**
 * Calls `moved(from)` in the render where `today` changes from `from` (a hydrated page leaving the
 * day it was built on), so that a date the user did not choose moves with it. `moved` may set
 * only the calling component's own state.
 */
export function useTodayMoves(today: string, moved: (from: string) => void): void {
  const [shown, setShown] = useState(today);
  if (shown !== today) {
    setShown(today);
    moved(shown);
  }
}
