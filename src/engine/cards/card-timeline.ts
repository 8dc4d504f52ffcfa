/**
 * A card set's timeline (SPEC §8): the versions still to come after a date, and the set in
 * force on any date, for callers that price many dates (files, upcoming prices).
 */
import type { CardSet } from './card-set';
import { cardsInForce, effectiveDate } from './cards-in-force';

type Dated = { readonly id: string; readonly version: string };

/** Of these versions, those that take effect after `date`, soonest first. */
export function laterVersions<T extends Dated>(versions: readonly T[], date: string): T[] {
  return versions.filter((c) => (effectiveDate(c) ?? '') > date).sort((a, b) => a.version.localeCompare(b.version));
}

/**
 * The card set on any date, for many dates (a file whose rows carry `created_at`): one set
 * per span between version dates, made up front, found by a binary search.
 */
export function cardTimeline(set: CardSet): (date: string) => CardSet {
  const all = [...set.versions.internal, ...set.versions.vendor, ...set.versions.packages, ...set.versions.services];
  const starts = [...new Set(all.map(effectiveDate).filter((d): d is string => d !== null))].sort();
  // spans[0] is before every version date; spans[i + 1] runs from starts[i].
  const spans = [starts.length > 0 ? dayBefore(starts[0]) : '0000-01-01', ...starts].map((d) => cardsInForce(set, d));
  return (date) => {
    let lo = 0;
    let hi = starts.length; // the answer: how many starts are on or before `date`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= date) lo = mid + 1;
      else hi = mid;
    }
    return { ...spans[lo], asOf: date };
  };
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
