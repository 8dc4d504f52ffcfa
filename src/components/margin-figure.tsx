/**
 * A margin as every screen shows it: "$0.47 (30.1%)", marked against the margin target in colour
 * and words ("below target", "loss"). `ofUsd` is what the margin is a share of (our price, or
 * the customer's after a discount); the standing is computed exactly by the engine.
 */
import { marginStandingOf } from '../engine';
import { formatPercent, formatUsd } from '../lib/format-money';
import { useMarginTarget } from '../lib/margin-target';
import { MarginFlag, standingClass } from './ui/margin-flag';

interface MarginFigureProps {
  readonly usd: string;
  readonly pct: string | null;
  readonly ofUsd: string | null;
}

export function MarginFigure({ usd, pct, ofUsd }: MarginFigureProps) {
  const target = useMarginTarget();
  const standing = marginStandingOf(usd, ofUsd ?? '0', target.pct);
  return (
    <>
      <span className={standingClass(standing)}>
        {formatUsd(usd)}
        {pct === null ? '' : ` (${formatPercent(pct)})`}
      </span>
      <MarginFlag standing={standing} />
    </>
  );
}
