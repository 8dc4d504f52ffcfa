/**
 * What the chart draws: one figure, picked here, and a toggle for each configuration's line.
 * The toggles are the chart's legend: each shows its line's colour and dash.
 */
import { WINNER_METRICS, type WinnerMetric } from '../../../engine';
import { METRIC_NAMES } from '../winner-words';
import type { SeriesStyle } from './series-style';

export interface LineToggle {
  readonly label: string;
  readonly shown: boolean;
  /** False when this configuration has no figure to draw for the metric (not priced, or no vendor cost). */
  readonly drawable: boolean;
  readonly style: SeriesStyle;
}

interface ChartControlsProps {
  readonly metric: WinnerMetric;
  readonly onMetric: (metric: WinnerMetric) => void;
  readonly lines: readonly LineToggle[];
  readonly onToggle: (index: number, shown: boolean) => void;
}

function Swatch({ style }: { readonly style: SeriesStyle }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="shrink-0">
      <line x1="0" y1="5" x2="28" y2="5" stroke={style.color} strokeWidth="3" strokeDasharray={style.dash} />
    </svg>
  );
}

export function ChartControls({ metric, onMetric, lines, onToggle }: ChartControlsProps) {
  return (
    <div className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium">The chart shows</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {WINNER_METRICS.map((m) => (
            <label key={m} className="inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="chart-metric"
                value={m}
                checked={metric === m}
                onChange={() => onMetric(m)}
                className="h-4 w-4 accent-blue-700"
              />
              {METRIC_NAMES[m]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium">Lines on the chart</legend>
        <ul className="flex flex-col gap-1.5">
          {lines.map((line, i) => (
            <li key={i}>
              <label className="inline-flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={line.shown}
                  onChange={(e) => onToggle(i, e.target.checked)}
                  className="h-4 w-4 shrink-0 accent-blue-700"
                />
                <Swatch style={line.style} />
                <span>
                  {line.label}
                  {line.drawable ? null : (
                    <span className="text-slate-700 dark:text-slate-300"> (nothing to draw for this figure)</span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
