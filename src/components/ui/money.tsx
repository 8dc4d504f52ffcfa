/** An amount to the cent, with every digit the engine gave when there are more. */
import { formatUsd, formatUsdExact, hasSubCents } from '../../lib/format-money';

interface MoneyProps {
  readonly value: string;
  readonly testId?: string;
  readonly className?: string;
}

export function Money({ value, testId, className }: MoneyProps) {
  const exact = hasSubCents(value);
  return (
    <span className={className}>
      <span data-testid={testId} className="tabular-nums">
        {formatUsd(value)}
      </span>
      {exact ? (
        <span className="ml-1 text-xs font-normal text-slate-600 dark:text-slate-400">
          (exactly {formatUsdExact(value)})
        </span>
      ) : null}
    </span>
  );
}
