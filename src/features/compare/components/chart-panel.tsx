/** The chart over volume with its controls; recharts itself is loaded only here, on its own chunk. */
import { lazy, Suspense, type CSSProperties } from 'react';
import type { WinnerMetric } from '../../../engine';
import { Panel } from '../../../components/ui/panel';
import { METRIC_NAMES } from '../winner-words';
import { ChartControls } from './chart-controls';
import type { VolumeChartProps } from './charts';
import { seriesColorVars, seriesStyle } from './series-style';
import { useHydrated } from '../../../lib/use-hydrated';

const loading = <p role="status">Loading the chart…</p>;

const VolumeChart = lazy(() => import('./charts').then((m) => ({ default: m.VolumeChart })));

interface ChartPanelProps extends Omit<VolumeChartProps, 'series'> {
  readonly metric: WinnerMetric;
  readonly lines: ReadonlyArray<{ readonly label: string; readonly shown: boolean }>;
  readonly onMetric: (metric: WinnerMetric) => void;
  readonly onToggle: (index: number, shown: boolean) => void;
}

export function ChartPanel({ metric, lines, onMetric, onToggle, ...chart }: ChartPanelProps) {
  const key = (i: number) => `${metric}${i}`;
  const toggles = lines.map((line, i) => ({
    ...line,
    style: seriesStyle(i),
    drawable: chart.data.some((point) => typeof point[key(i)] === 'number'),
  }));
  // Drawn in the browser only: recharts measures its box, and the colours are inline styles.
  const hydrated = useHydrated();
  const series = toggles.flatMap((t, i) => (t.shown ? [{ key: key(i), name: t.label, ...t.style }] : []));
  return (
    <Panel title="Over volume" headingId="chart-heading">
      <div className="flex flex-col gap-4" style={hydrated ? (seriesColorVars() as CSSProperties) : undefined}>
        <ChartControls metric={metric} onMetric={onMetric} lines={toggles} onToggle={onToggle} />
        <figure className="flex flex-col gap-2">
          <figcaption className="text-sm font-medium">
            {METRIC_NAMES[metric]} per month against clips kept per month
          </figcaption>
          <div className="h-80 w-full" data-testid="chart">
            <Suspense fallback={loading}>{hydrated ? <VolumeChart {...chart} series={series} /> : loading}</Suspense>
          </div>
          {series.length === 0 ? (
            <p className="text-sm" role="status">
              Every line is switched off: switch one on above to draw it.
            </p>
          ) : null}
        </figure>
      </div>
    </Panel>
  );
}
