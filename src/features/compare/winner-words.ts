/**
 * Who wins at one volume, in the words a salesperson reads aloud: "O3 is $250.00 cheaper than
 * Kling 3.0 at 1,000 clips a month." The engine decides (`volumeWinners`); this only words it.
 */
import type { MetricWinner, WinnerMetric } from '../../engine';
import { formatUsd, formatUsdExact, hasSubCents } from '../../lib/format-money';

const count = new Intl.NumberFormat('en-US');
const list = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

export const METRIC_NAMES: Record<WinnerMetric, string> = {
  internal: 'Our price',
  vendor: 'Vendor cost',
  margin: 'Margin',
};

/** An amount to the cent, or every digit when a difference is smaller than the cent shows. */
const money = (usd: string) => (hasSubCents(usd) ? formatUsdExact(usd) : formatUsd(usd));

const WHAT_COUNTS: Record<WinnerMetric, string> = {
  internal: 'can be priced',
  vendor: 'has a vendor cost',
  margin: 'has a margin',
};

const WHY_LEFT_OUT: Record<WinnerMetric, string> = {
  internal: 'cannot be priced',
  vendor: 'no vendor cost',
  margin: 'no margin without a vendor cost',
};

export interface WinnerWords {
  /** The answer: who wins, by how much, over whom. */
  readonly sentence: string;
  /** The configurations left out, and why; null when none was. */
  readonly note: string | null;
}

/** `w` in words, for configurations named `labels` (by position) at `volume` clips kept a month. */
export function winnerWords(w: MetricWinner, labels: readonly string[], volume: number): WinnerWords {
  const names = (at: readonly number[]) => list.format(at.map((i) => labels[i]));
  const clips = `at ${count.format(volume)} ${volume === 1 ? 'clip' : 'clips'} a month`;
  const counts = WHAT_COUNTS[w.metric];
  const note =
    w.unpriced.length === 0 || w.best.length === 0
      ? null
      : `Left out: ${names(w.unpriced)} (${WHY_LEFT_OUT[w.metric]}).`;
  if (w.best.length === 0 || w.bestUsd === null)
    return { sentence: `No configuration ${counts} ${clips}.`, note: null };
  const several = w.best.length > 1;
  if (w.next.length === 0 || w.differenceUsd === null) {
    const amount = `${formatUsd(w.bestUsd)} ${clips}`;
    if (!several && w.unpriced.length === 0)
      return { sentence: `${names(w.best)} is the only configuration: ${amount}.`, note };
    if (!several) return { sentence: `Only ${names(w.best)} ${counts}: ${amount}.`, note };
    const same = w.metric === 'margin' ? 'earn the same margin' : 'cost the same';
    return { sentence: `${names(w.best)} ${same}: ${amount}.`, note };
  }
  const by = money(w.differenceUsd);
  const than = names(w.next);
  const verb = several ? 'are' : 'is';
  const sentence =
    w.metric === 'margin'
      ? `${names(w.best)} ${several ? 'earn' : 'earns'} ${by} more margin than ${than} ${clips}.`
      : w.metric === 'vendor'
        ? `${names(w.best)} ${verb} ${by} cheaper at the vendor than ${than} ${clips}.`
        : `${names(w.best)} ${verb} ${by} cheaper than ${than} ${clips}.`;
  return { sentence, note };
}
