/** A model's multiplier on the card, and the least one that brings every request shown to the target. */
import type { ModelMargin } from '../../../engine';

interface ModelSummaryProps {
  readonly model: ModelMargin;
  readonly targetPct: string;
}

export function ModelSummary({ model, targetPct }: ModelSummaryProps) {
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
          </span>
          {/* Trying it as a what-if (`mult=`) comes with what-if links, on their branch for now. */}
        </>
      )}
    </p>
  );
}
