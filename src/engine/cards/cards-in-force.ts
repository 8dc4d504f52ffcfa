/**
 * SPEC §8: which version of each card is in force on a date. A card's `version` is the UTC
 * date it takes effect; the one in force on a day is the newest version dated on or before
 * it. Before a card's oldest version there is none, and pricing says so.
 */
import { compileCards } from './compiled-cards';
import type { CardSet, CardVersions } from './card-set';

const DATE = /^\d{4}-\d{2}-\d{2}/;

/** The date a card takes effect; null for cards that are not dated (the user's custom rates). */
export function effectiveDate(card: { readonly version: string }): string | null {
  return DATE.exec(card.version)?.[0] ?? null;
}

/** Of every version of each id (newest first), the one in force on `date`; null: the newest of each. */
export function inForceOn<T extends { readonly id: string; readonly version: string }>(
  versions: readonly T[],
  date: string | null,
): T[] {
  const chosen = new Map<string, T>();
  for (const card of versions) {
    if (chosen.has(card.id)) continue;
    const from = effectiveDate(card);
    if (date === null || from === null || from <= date) chosen.set(card.id, card);
  }
  return versions.filter((card) => chosen.get(card.id) === card);
}

/** The same cards, as they stood on `date` (YYYY-MM-DD, UTC): compiled anew for it. */
export function cardsInForce(set: CardSet, date: string): CardSet {
  const { versions } = set;
  const internal = inForceOn(versions.internal, date);
  const vendor = inForceOn(versions.vendor, date);
  const packages = inForceOn(versions.packages, date);
  const services = inForceOn(versions.services, date);
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  // The set's own cards again: their compiled form is the set's (a set never changes once made).
  const unchanged = same(internal, set.internal) && same(vendor, set.vendor) && same(packages, set.packages);
  const compiled = unchanged ? set.compiled : compileCards(internal, vendor, packages);
  return { ...set, internal, vendor, packages, services, asOf: date, compiled };
}

/** Why no version of card `id` is in force on the set's date ("internal takes effect on 2026-11-21"). */
export function notYetInForce(set: CardSet, kind: keyof CardVersions, id: string): string | null {
  if (set.asOf === null) return null;
  const dates = set.versions[kind]
    .filter((c) => c.id === id)
    .map(effectiveDate)
    .filter((d): d is string => d !== null);
  if (dates.length === 0) return null;
  const oldest = dates.reduce((a, b) => (a < b ? a : b));
  return oldest > set.asOf
    ? `no version of "${id}" is in force on ${set.asOf}: its oldest takes effect on ${oldest}`
    : null;
}

type Dated = { readonly id: string; readonly version: string };

/** Every version of one card, newest first. */
export function versionsOf<T extends Dated>(versions: readonly T[], id: string): T[] {
  return versions.filter((c) => c.id === id);
}
