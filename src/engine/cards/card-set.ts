/** The loaded rate cards, grouped by kind, compiled for pricing, with the defaults the product uses. */
import {
  choosePackage,
  compileCards,
  compiledUnitPrice,
  packagesIn,
  type CompiledCards,
  type UnitPrice,
} from './compiled-cards';
import type { RateCard } from './rate-card';
import type { InternalCard } from './rate-card-internal';
import type { Package, PackagesCard } from './rate-card-packages';
import type { VendorCard, VendorUnit } from './rate-card-vendor';
import type { ServicesCard } from './rate-card-services';
import { inForceOn } from './cards-in-force';
import { modelLabel } from './model-names';

/** The id of the vendor card that holds the user's custom rates (overrides). */
export const CUSTOM_RATES_CARD_ID = 'custom-rates';

/** The vendor card used unless another is chosen: Kling's official units at list price. */
export const DEFAULT_VENDOR_CARD_ID = 'kling-official-units';
export const DEFAULT_INTERNAL_CARD_ID = 'internal';

/** Every loaded version of every card, by kind, newest first. */
export interface CardVersions {
  readonly internal: readonly InternalCard[];
  readonly vendor: readonly VendorCard[];
  readonly packages: readonly PackagesCard[];
  readonly services: readonly ServicesCard[];
}

/**
 * The cards pricing uses, one version of each id: those in force on `asOf` (`cardsInForce`),
 * or the newest loaded. `versions` keeps every version loaded, for dates, diffs and causes.
 */
export interface CardSet {
  readonly internal: readonly InternalCard[];
  readonly vendor: readonly VendorCard[];
  readonly packages: readonly PackagesCard[];
  readonly services: readonly ServicesCard[];
  /** A discount on every vendor cost, percent, from the user's overrides. */
  readonly vendorDiscountPct?: string;
  /** The user's internal prices for services (overrides), USD per task, image or block. */
  readonly servicePricesUsd?: Readonly<Record<string, string>>;
  /** The date (YYYY-MM-DD, UTC) the cards above are in force on; null: the newest of each. */
  readonly asOf: string | null;
  readonly versions: CardVersions;
  /** What pricing reads: every card above, compiled once (`withCards`). */
  readonly compiled: CompiledCards;
}

const newestFirst = <T extends { version: string }>(a: T, b: T): number => b.version.localeCompare(a.version);

/** A card set with these cards, compiled: the only way to make one, so none is ever stale. */
export function withCards(set: Omit<CardSet, 'compiled'>): CardSet {
  return { ...set, compiled: compileCards(set.internal, set.vendor, set.packages) };
}

export function buildCardSet(cards: readonly RateCard[]): CardSet {
  const internal: InternalCard[] = [];
  const vendor: VendorCard[] = [];
  const packages: PackagesCard[] = [];
  const services: ServicesCard[] = [];
  for (const card of cards) {
    if (card.kind === 'internal') internal.push(card);
    else if (card.kind === 'vendor') vendor.push(card);
    else if (card.kind === 'packages') packages.push(card);
    else services.push(card);
  }
  const versions: CardVersions = {
    internal: internal.sort(newestFirst),
    vendor: vendor.sort(newestFirst),
    packages: packages.sort(newestFirst),
    services: services.sort(newestFirst),
  };
  return withCards({ ...newestOfEach(versions), asOf: null, versions });
}

/** The newest version of each id, of every kind. */
export function newestOfEach(versions: CardVersions): CardVersions {
  return {
    internal: inForceOn(versions.internal, null),
    vendor: inForceOn(versions.vendor, null),
    packages: inForceOn(versions.packages, null),
    services: inForceOn(versions.services, null),
  };
}

/** The first card with this id (a loop: every quote looks its cards up). */
function byId<T extends { readonly id: string }>(cards: readonly T[], id: string): T | undefined {
  for (const card of cards) if (card.id === id) return card;
  return undefined;
}

export function findInternalCard(set: CardSet, id = DEFAULT_INTERNAL_CARD_ID): InternalCard | undefined {
  return byId(set.internal, id) ?? (id === DEFAULT_INTERNAL_CARD_ID ? set.internal[0] : undefined);
}

export function findVendorCard(set: CardSet, id = DEFAULT_VENDOR_CARD_ID): VendorCard | undefined {
  return byId(set.vendor, id);
}

/** Every package sold in this unit, newest card first, ids unique. */
export function packagesFor(
  set: CardSet,
  unit: Exclude<VendorUnit, 'usd'>,
): Array<{ pkg: Package; card: PackagesCard }> {
  return packagesIn(set.packages, unit);
}

/**
 * The unit price a vendor card is priced at: the chosen package when it is sold in the
 * card's unit, else the card's default package. Null for cards in USD, or when the
 * package cannot be found.
 */
export function unitPriceFor(set: CardSet, card: VendorCard, packageId?: string): UnitPrice | null {
  const compiled = set.compiled.vendor.get(card);
  if (!compiled)
    return card.unit === 'usd' ? null : choosePackage(set.packages, card.unit, card.defaultPackage, packageId);
  return compiledUnitPrice(compiled, packageId);
}

/** Whether any loaded packages card sells a package with this id. */
export function hasPackage(set: CardSet, packageId: string): boolean {
  return set.packages.some((card) => card.packages.some((p) => p.id === packageId));
}

export interface ModelGroup {
  readonly label: string;
  readonly models: readonly string[];
  /** Each model as people read it: "Kling 3.0 · kling-v3" (`modelLabel`). */
  readonly labels: Readonly<Record<string, string>>;
}

/** Models for a picker, grouped: on the internal card, vendor cards only, approximate only. */
export function modelGroups(set: CardSet): ModelGroup[] {
  const internal = new Set(set.internal.flatMap((card) => Object.keys(card.modelMultipliers)));
  const vendor = new Set<string>();
  const approximate = new Set<string>();
  for (const card of set.vendor) {
    for (const row of card.rows) for (const m of row.models) (card.approximate ? approximate : vendor).add(m);
  }
  const group = (label: string, models: Iterable<string>): ModelGroup => {
    const list = [...models].sort();
    return { label, models: list, labels: Object.fromEntries(list.map((m) => [m, modelLabel(set, m)])) };
  };
  const groups: ModelGroup[] = [
    group('On the internal card', internal),
    group(
      'Priced by vendor cards only',
      [...vendor].filter((m) => !internal.has(m)),
    ),
    group(
      'App credits only (approximate)',
      [...approximate].filter((m) => !internal.has(m) && !vendor.has(m)),
    ),
  ];
  return groups.filter((g) => g.models.length > 0);
}

export function findServicesCard(set: CardSet): ServicesCard | undefined {
  return set.services[0];
}

/** The unit price for video services: the chosen package, or the card's default (list). */
export function unitPriceForServices(set: CardSet, card: ServicesCard, packageId?: string): UnitPrice | null {
  return choosePackage(set.packages, card.unit, card.defaultPackage, packageId);
}
