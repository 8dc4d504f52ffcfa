/**
 * SPEC §9: the prepaid packages for the units of every line together over the estimate's period.
 * A month is 30 days; packages are bought at the start and expire with their validity, so the
 * period is planned in windows as long as the longest validity of the packages that can be
 * bought again (3 months for seed 003's 90 days): 4 months are a 3-month window and a 1-month
 * one, 12 months four windows of 3. Each window gets the cheapest mix of §3.3
 * (`cheapestPackageMix`); trials, sold once per account and valid 30 days, can only be in the
 * first window, where they count against the first month's use.
 */
import type { Package } from '../cards/rate-card-packages';
import {
  compareAmounts,
  minus,
  plus,
  quantity,
  times,
  usd,
  wholeRatio,
  type Money,
  type Quantity,
} from '../money/money';
import { cheapestPackageMix, type MixItem } from './package-plan';

export const DAYS_A_MONTH = 30;

export interface PackageCount {
  readonly packageId: string;
  readonly label: string;
  readonly count: number;
  readonly priceUsd: string;
  readonly units: number;
}

interface Bought {
  readonly items: readonly PackageCount[];
  readonly packagesUsd: Money;
  readonly unitsBought: Quantity;
  readonly unitsUsed: Quantity;
  readonly unitsForfeited: Quantity;
}

/** What is bought at the start of one window of the period. */
export interface PackageWindow extends Bought {
  /** The window's first month, 1-based. */
  readonly fromMonth: number;
  readonly months: number;
}

export interface PeriodPackages extends Bought {
  /** The longest window, in months: the validity the period is planned in. */
  readonly windowMonths: number;
  readonly windows: readonly PackageWindow[];
  /** The highest concurrency among the packages bought (seed 003: not raised by buying more); null: none. */
  readonly concurrency: number | null;
  readonly notes: readonly string[];
}

export type PeriodPackagesResult =
  { readonly ok: true; readonly plan: PeriodPackages } | { readonly ok: false; readonly reason: string };

const NONE = quantity('0');

/** Months a window holds: the longest validity of a package bought again, in whole 30-day months. */
export function windowMonths(packages: readonly Package[], months: number): number {
  const again = packages.filter((p) => p.purchase !== null && !p.purchase.oncePerAccount);
  if (again.length === 0 || again.some((p) => p.purchase?.validityDays === null)) return months;
  const longest = Math.max(...again.map((p) => p.purchase?.validityDays ?? 0));
  return Math.min(months, Math.max(1, Math.floor(longest / DAYS_A_MONTH)));
}

/** Counts of the same package added up, in the card's order. */
function addUp(items: readonly (MixItem | PackageCount)[], packages: readonly Package[]): PackageCount[] {
  const byId = new Map<string, PackageCount>();
  for (const it of items) {
    const seen = byId.get(it.packageId);
    const { packageId, label, priceUsd, units } = it;
    byId.set(packageId, { packageId, label, priceUsd, units, count: (seen?.count ?? 0) + it.count });
  }
  const place = (id: string) => packages.findIndex((p) => p.id === id);
  return [...byId.values()].sort((a, b) => place(a.packageId) - place(b.packageId));
}

/** The packages for `unitsPerMonth` Kling units used every month of `months`, window by window. */
export function packagesOverPeriod(
  unitsPerMonth: Quantity,
  months: number,
  packages: readonly Package[],
): PeriodPackagesResult {
  const size = windowMonths(packages, months);
  const windows: PackageWindow[] = [];
  const notes = new Set<string>();
  let concurrency: number | null = null;
  for (let from = 0; from < months; from += size) {
    const span = Math.min(size, months - from);
    const used = times(unitsPerMonth, wholeRatio(span));
    const window = { fromMonth: from + 1, months: span };
    if (compareAmounts(used, NONE) <= 0) {
      windows.push({
        ...window,
        items: [],
        packagesUsd: usd('0'),
        unitsBought: NONE,
        unitsUsed: NONE,
        unitsForfeited: NONE,
      });
      continue;
    }
    const offered = from === 0 ? packages : packages.filter((p) => !p.purchase?.oncePerAccount);
    const mix = cheapestPackageMix(used, span * DAYS_A_MONTH, offered);
    if (!mix.ok) {
      const when = months > size ? ` (months ${from + 1}–${from + span})` : '';
      return { ok: false, reason: `${mix.reason}${when}` };
    }
    for (const note of mix.notes) notes.add(note);
    if (mix.concurrency !== null) concurrency = Math.max(concurrency ?? 0, mix.concurrency);
    const bought = quantity(mix.unitsBought);
    windows.push({
      ...window,
      items: addUp(mix.items, packages),
      packagesUsd: mix.total,
      unitsBought: bought,
      unitsUsed: used,
      unitsForfeited: minus(bought, used),
    });
  }
  const total = <T extends Money | Quantity>(pick: (w: PackageWindow) => T, zero: T): T =>
    windows.reduce((sum, w) => plus(sum, pick(w)), zero);
  return {
    ok: true,
    plan: {
      items: addUp(
        windows.flatMap((w) => w.items),
        packages,
      ),
      packagesUsd: total((w) => w.packagesUsd, usd('0')),
      unitsBought: total((w) => w.unitsBought, NONE),
      unitsUsed: times(unitsPerMonth, wholeRatio(months)),
      unitsForfeited: total((w) => w.unitsForfeited, NONE),
      windowMonths: size,
      windows,
      concurrency,
      notes: [...notes],
    },
  };
}
