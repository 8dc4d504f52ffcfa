/**
 * Who wins at one volume (SPEC §4.2, issue "comparisons that say who wins"): among the
 * configurations priced at the same monthly volume, the lowest internal price, the lowest
 * vendor cost and the highest margin, and by how much each beats the next one. Exact: the
 * amounts are compared and subtracted as decimals, never as floats.
 */
import { compareAmounts, minus, toDecimalString, usd, type Money } from '../money/money';
import type { VolumeCost } from './volume';

/** The figures a configuration can win on: our price and the vendor cost (lowest wins), the margin (highest). */
export const WINNER_METRICS = ['internal', 'vendor', 'margin'] as const;
export type WinnerMetric = (typeof WINNER_METRICS)[number];

export interface MetricWinner {
  readonly metric: WinnerMetric;
  /** Positions of the configurations with the best figure: several on a tie, none when none has one. */
  readonly best: readonly number[];
  readonly bestUsd: string | null;
  /** Positions with the next figure after the best: none when only one figure, or every figure ties. */
  readonly next: readonly number[];
  readonly nextUsd: string | null;
  /** How much the best beats the next by (positive: cheaper, or more margin), exact; null without a next. */
  readonly differenceUsd: string | null;
  /** Positions with no figure for this metric: not priced at all, or no vendor cost (so no margin). */
  readonly unpriced: readonly number[];
}

export type VolumeWinners = Readonly<Record<WinnerMetric, MetricWinner>>;

function figure(cost: VolumeCost | null, metric: WinnerMetric): string | null {
  if (!cost) return null;
  return metric === 'internal' ? cost.internalUsd : metric === 'vendor' ? cost.vendorUsd : cost.marginUsd;
}

/** The best figure for one metric among `costs` (one per configuration, null when it could not be priced). */
function winnerFor(costs: ReadonlyArray<VolumeCost | null>, metric: WinnerMetric): MetricWinner {
  const priced: Array<{ at: number; text: string; amount: Money }> = [];
  const unpriced: number[] = [];
  costs.forEach((cost, at) => {
    const text = figure(cost, metric);
    if (text === null) unpriced.push(at);
    else priced.push({ at, text, amount: usd(text) });
  });
  // Lowest first for prices, highest first for the margin; a stable sort keeps ties in their order.
  const sign = metric === 'margin' ? -1 : 1;
  const ranked = [...priced].sort((a, b) => sign * compareAmounts(a.amount, b.amount));
  const tiesWith = (first: number) =>
    ranked.slice(first).filter((p) => compareAmounts(p.amount, ranked[first].amount) === 0);
  const best = ranked.length > 0 ? tiesWith(0) : [];
  const next = ranked.length > best.length ? tiesWith(best.length) : [];
  const [won, lost] = [best[0]?.amount, next[0]?.amount];
  const gap = won && lost ? (metric === 'margin' ? minus(won, lost) : minus(lost, won)) : null;
  return {
    metric,
    best: best.map((p) => p.at),
    bestUsd: best.length > 0 ? best[0].text : null,
    next: next.map((p) => p.at),
    nextUsd: next.length > 0 ? next[0].text : null,
    differenceUsd: gap ? toDecimalString(gap, 2) : null,
    unpriced,
  };
}

/** Who wins at one volume on our price, on the vendor cost and on the margin. */
export function volumeWinners(costs: ReadonlyArray<VolumeCost | null>): VolumeWinners {
  return {
    internal: winnerFor(costs, 'internal'),
    vendor: winnerFor(costs, 'vendor'),
    margin: winnerFor(costs, 'margin'),
  };
}
