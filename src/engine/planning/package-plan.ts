/**
 * SPEC §3.3 / §4.4: the cheapest mix of prepaid packages (seed 003) for the units a volume
 * needs over 30, 60 or 90 days. Everything is bought on day 0 and used evenly over the
 * horizon; units expire at the end of their validity and are forfeited, so a 30-day trial
 * serves only the first 30 days' use. Trials can be bought once per account. Packages whose
 * validity is shorter than the horizon and that can be bought again are left out (buying
 * them later is not modelled); the result says so.
 */
import {
  compareAmounts,
  divideBy,
  minus,
  quantity,
  quantityAsRatio,
  times,
  toDecimalString,
  toRatio,
  usd,
  wholeRatio,
  type Money,
  type Quantity,
} from '../money/money';
import type { Package } from '../cards/rate-card-packages';
import type { MixItem, PackageMix } from './package-mix';

export type { MixItem, PackageMix } from './package-mix';

type Buyable = Package & { purchase: NonNullable<Package['purchase']> };

const MAX_BLOCKS = 2_000_000;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Price in integer units of the smallest scale among the packages, for the DP. */
function priceScale(packages: readonly Buyable[]): bigint {
  return packages.reduce(
    (s, p) => (toRatio(p.purchase.priceUsd).scale > s ? toRatio(p.purchase.priceUsd).scale : s),
    0n,
  );
}

function scaledPrice(p: Buyable, scale: bigint): bigint {
  const r = toRatio(p.purchase.priceUsd);
  return r.amount * 10n ** (scale - r.scale);
}

/** Fewest-cost counts of re-buyable packages covering at least `blocks` blocks. */
function coverCheapest(packages: readonly Buyable[], blocks: number, block: number, scale: bigint): number[] | null {
  if (blocks === 0) return packages.map(() => 0);
  if (packages.length === 0 || blocks > MAX_BLOCKS) return null;
  const sizes = packages.map((p) => p.purchase.units / block);
  const prices = packages.map((p) => scaledPrice(p, scale));
  const cost: bigint[] = new Array(blocks + 1);
  const pick = new Int32Array(blocks + 1).fill(-1);
  cost[0] = 0n;
  for (let j = 1; j <= blocks; j += 1) {
    let best: bigint | null = null;
    for (let i = 0; i < packages.length; i += 1) {
      const c = cost[Math.max(0, j - sizes[i])] + prices[i];
      if (best === null || c < best) {
        best = c;
        pick[j] = i;
      }
    }
    cost[j] = best ?? 0n;
  }
  const counts = packages.map(() => 0);
  for (let j = blocks; j > 0; j = Math.max(0, j - sizes[pick[j]])) counts[pick[j]] += 1;
  return counts;
}

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

/** The cheapest mix for `unitsNeeded` units used evenly over `horizonDays` days. */
export function cheapestPackageMix(
  unitsNeeded: Quantity,
  horizonDays: number,
  packages: readonly Package[],
): PackageMix {
  const buyable = packages.filter((p): p is Buyable => p.purchase !== null);
  const notes: string[] = [];
  const once = buyable.filter((p) => p.purchase.oncePerAccount);
  const again = buyable.filter(
    (p) => !p.purchase.oncePerAccount && (p.purchase.validityDays ?? Infinity) >= horizonDays,
  );
  for (const p of buyable) {
    if (!p.purchase.oncePerAccount && !again.includes(p))
      notes.push(
        `${p.label} is left out: valid ${p.purchase.validityDays} days, less than the ${horizonDays}-day horizon.`,
      );
  }
  if (compareAmounts(unitsNeeded, quantity('0')) <= 0) return { ok: false, reason: 'no units are needed' };
  const block = again.reduce((g, p) => gcd(g, p.purchase.units), 0) || 1;
  const scale = priceScale(buyable);
  let best: { total: bigint; trials: Buyable[]; counts: number[]; expiring: Quantity } | null = null;

  for (const trials of subsets(once)) {
    // Trial units serve only the use inside their validity window.
    const windowDays = Math.min(horizonDays, ...trials.map((t) => t.purchase.validityDays ?? horizonDays));
    const trialUnits = quantity(String(trials.reduce((n, t) => n + t.purchase.units, 0)));
    const windowUse = divideBy(times(unitsNeeded, wholeRatio(windowDays)), BigInt(horizonDays), 6);
    const usable = compareAmounts(trialUnits, windowUse) < 0 ? trialUnits : windowUse;
    const rest = compareAmounts(unitsNeeded, usable) > 0 ? minus(unitsNeeded, usable) : quantity('0');
    const restBlocks = compareAmounts(rest, quantity('0')) > 0 ? blocksFor(rest, block) : 0;
    const counts = coverCheapest(again, restBlocks, block, scale);
    if (!counts) continue;
    const total =
      trials.reduce((s, t) => s + scaledPrice(t, scale), 0n) +
      counts.reduce((s, c, i) => s + BigInt(c) * scaledPrice(again[i], scale), 0n);
    const bought = quantity(
      String(
        trials.reduce((n, t) => n + t.purchase.units, 0) +
          counts.reduce((n, c, i) => n + c * again[i].purchase.units, 0),
      ),
    );
    const expiring = minus(bought, unitsNeeded);
    if (!best || total < best.total || (total === best.total && compareAmounts(expiring, best.expiring) < 0)) {
      best = { total, trials, counts, expiring };
    }
  }
  if (!best)
    return { ok: false, reason: 'no mix of the loaded packages covers this volume: ask Kling for a custom package' };

  const items: MixItem[] = [
    ...best.trials.map((p) => ({ p, count: 1 })),
    ...again.map((p, i) => ({ p, count: best.counts[i] })).filter((x) => x.count > 0),
  ].map(({ p, count }) => ({
    packageId: p.id,
    label: p.label,
    count,
    priceUsd: p.purchase.priceUsd,
    units: p.purchase.units,
    validityDays: p.purchase.validityDays,
  }));
  const total = times(usd('1'), { amount: best.total, scale });
  const bought = quantity(String(items.reduce((n, it) => n + it.count * it.units, 0)));
  const concurrencies = items
    .map((it) => buyable.find((p) => p.id === it.packageId)?.purchase.concurrency ?? null)
    .filter((c): c is number => c !== null);
  return {
    ok: true,
    items,
    totalUsd: toDecimalString(total, 2),
    total,
    unitsBought: toDecimalString(bought),
    unitsUsed: toDecimalString(unitsNeeded),
    unitsExpiring: toDecimalString(best.expiring),
    effectiveUnitPriceUsd: toDecimalString(divideByQuantity(total, unitsNeeded), 2),
    concurrency: concurrencies.length > 0 ? Math.max(...concurrencies) : null,
    notes,
  };
}

/** Whole blocks of `block` units that cover `units` (ceil). */
function blocksFor(units: Quantity, block: number): number {
  const { amount, scale } = quantityAsRatio(units);
  const denominator = BigInt(block) * 10n ** scale;
  return Number((amount + denominator - 1n) / denominator);
}

/** money ÷ units, to 6 decimals. */
function divideByQuantity(total: Money, units: Quantity): Money {
  const { amount, scale } = quantityAsRatio(units);
  // total / (amount / 10^scale) = total × 10^scale / amount
  return divideBy(times(total, { amount: 10n ** scale, scale: 0n }), amount, 6);
}
