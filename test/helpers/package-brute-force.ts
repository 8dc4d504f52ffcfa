/**
 * An independent search for the cheapest prepaid packages of an estimate (SPEC §9 over §3.3),
 * written from the rules, not from the engine: every count of every package is tried. Units are
 * counted in hundredths (0.25 units = 25) and money in cents, as integers.
 *
 * The rules: a month is 30 days; the period is cut into windows of the longest validity of the
 * packages that can be bought again (90 days = 3 months); what a window needs is bought at its
 * start. Trials (once per account, 30 days) can only be in the first window and cover only the
 * first month's use. Cheapest first; between equal prices, fewer units bought.
 */
import type { Package } from '../../src/engine/cards/rate-card-packages';

export interface BruteResult {
  readonly cents: bigint;
  /** Units bought, in hundredths. */
  readonly bought: bigint;
}

const toCents = (usd: string): bigint => {
  const [whole, fraction = ''] = usd.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
};

interface Offer {
  readonly cents: bigint;
  readonly units: bigint;
}

/** The cheapest counts of `offers` (each any number of times) covering `need`. */
function cheapestCover(need: bigint, offers: readonly Offer[]): BruteResult | null {
  if (need <= 0n) return { cents: 0n, bought: 0n };
  if (offers.length === 0) return null;
  let best: BruteResult | null = null;
  const visit = (i: number, left: bigint, cents: bigint, bought: bigint) => {
    const o = offers[i];
    if (i === offers.length - 1) {
      // The last package: the fewest that cover what is left.
      const n = left <= 0n ? 0n : (left + o.units - 1n) / o.units;
      const total = { cents: cents + n * o.cents, bought: bought + n * o.units };
      if (!best || total.cents < best.cents || (total.cents === best.cents && total.bought < best.bought)) best = total;
      return;
    }
    const most = left <= 0n ? 0n : (left + o.units - 1n) / o.units;
    for (let n = 0n; n <= most; n += 1n) visit(i + 1, left - n * o.units, cents + n * o.cents, bought + n * o.units);
  };
  visit(0, need, 0n, 0n);
  return best;
}

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

/** The cheapest packages for `perMonth` hundredths of a unit used each month of `months`. */
export function bruteForcePackages(perMonth: bigint, months: number, packages: readonly Package[]): BruteResult {
  const buyable = packages.filter((p) => p.purchase !== null);
  const again = buyable.filter((p) => !p.purchase?.oncePerAccount);
  const trials = buyable.filter((p) => p.purchase?.oncePerAccount);
  const longest = Math.max(...again.map((p) => p.purchase?.validityDays ?? 0));
  const windowMonths = Math.min(months, Math.max(1, Math.floor(longest / 30)));
  const offers = again.map((p) => ({ cents: toCents(p.purchase!.priceUsd), units: BigInt(p.purchase!.units) * 100n }));
  let cents = 0n;
  let bought = 0n;
  for (let from = 0; from < months; from += windowMonths) {
    const span = BigInt(Math.min(windowMonths, months - from));
    const need = perMonth * span;
    let best: BruteResult | null = null;
    for (const chosen of from === 0 && need > 0n ? subsets(trials) : [[]]) {
      const trialUnits = chosen.reduce((n, t) => n + BigInt(t.purchase!.units) * 100n, 0n);
      const usable = trialUnits < perMonth ? trialUnits : perMonth;
      const rest = cheapestCover(need - usable, offers);
      if (!rest) continue;
      const total = {
        cents: rest.cents + chosen.reduce((c, t) => c + toCents(t.purchase!.priceUsd), 0n),
        bought: rest.bought + trialUnits,
      };
      if (!best || total.cents < best.cents || (total.cents === best.cents && total.bought < best.bought)) best = total;
    }
    if (!best) throw new Error('no packages cover the window');
    cents += best.cents;
    bought += best.bought;
  }
  return { cents, bought };
}

/** "23310.00" → 2331000n; "195000" → 19500000n (hundredths), for comparing with the brute force. */
export const hundredths = toCents;
