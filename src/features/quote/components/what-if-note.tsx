/** Beside a what-if amount: the card's own, so the two are read together ("what-if · card's own price $1.56"). */
import { formatPercent, formatUsd } from '../../../lib/format-money';

const noteClass = 'text-sm font-normal text-violet-900 dark:text-violet-200';

interface WhatIfNoteProps {
  readonly label: 'price' | 'margin';
  readonly usd: string | null;
  readonly pct?: string | null;
  readonly testId: string;
}

export function WhatIfNote({ label, usd, pct, testId }: WhatIfNoteProps) {
  const own = usd === null ? 'unknown' : `${formatUsd(usd)}${pct ? ` (${formatPercent(pct)})` : ''}`;
  return (
    <span className={`${noteClass} block`}>
      <strong className="font-semibold">what-if</strong> · card&apos;s own {label}{' '}
      <span data-testid={testId} className="tabular-nums">
        {own}
      </span>
    </span>
  );
}
