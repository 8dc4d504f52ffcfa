/** A model's multiplier on the card, the one the target needs, and a link to try it as a what-if. */
import type { ModelMargin } from '../../../engine';
import { whatIfHref } from '../margin-links';

interface ModelSummaryProps {
  readonly model: ModelMargin;
  readonly targetPct: string;
  /** The address's query now: the link keeps it. */
  readonly current: string;
}

export function ModelSummary({ model, targetPct, current }: ModelSummaryProps) {
  const needed = model.multiplierNeeded;
  return (
    <p className="text-sm" data-testid={`needed-${model.model}`}>
      Multiplier × {model.multiplier} on the card.{' '}
      {needed === null ? (
        <span>
          No multiplier brings every request shown to {targetPct}%: {model.reason}.
        </span>
      ) : needed === model.multiplier ? (
        <span>
          × {needed} is the least that keeps every request shown at {targetPct}% or more.
        </span>
      ) : (
        <>
          <span>
            × {needed} is the least that brings every request shown to {targetPct}%.
          </span>{' '}
          <a
            className="font-medium text-blue-700 underline dark:text-blue-300"
            href={whatIfHref(model.model, needed, current)}
          >
            Try × {needed} as a what-if
          </a>
        </>
      )}
    </p>
  );
}
