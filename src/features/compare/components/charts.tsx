/**
 * The chart of Compare at scale (recharts, loaded only when the chart is shown, in its own
 * chunk): one figure at a time over volume, one line per configuration that is switched on.
 * The toggles beside it are its legend; the tables below hold the same figures, and the
 * tooltip gives exact amounts.
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd } from '../../../lib/format-money';
import type { SeriesStyle } from './series-style';

const count = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

type Point = Record<string, number | string | null>;

export interface ChartSeries extends SeriesStyle {
  /** The data key: the metric and the configuration's position, as in `chartData` ("vendor2"). */
  readonly key: string;
  readonly name: string;
}

export interface VolumeChartProps {
  readonly data: readonly Point[];
  readonly series: readonly ChartSeries[];
  readonly scale: 'linear' | 'log';
  readonly min: number;
  readonly max: number;
}

// Small enough to fit beside the cursor on a phone; wraps rather than leaving the chart.
const tooltipStyle = {
  backgroundColor: 'light-dark(#ffffff, #0f172a)',
  borderColor: 'light-dark(#cbd5e1, #475569)',
  color: 'light-dark(#0f172a, #f1f5f9)',
  fontSize: '0.75rem',
  lineHeight: 1.35,
  padding: '4px 8px',
  whiteSpace: 'normal' as const,
};
const tooltipWrapper = { maxWidth: '75%', zIndex: 1 };

export function VolumeChart({ data, series, scale, min, max }: VolumeChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 4, left: 4 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" stroke="#94a3b8" strokeOpacity={0.4} />
        <XAxis
          dataKey="volume"
          type="number"
          scale={scale}
          domain={[min, max]}
          allowDataOverflow
          tickFormatter={(v: number) => count.format(v)}
          stroke="currentColor"
          tick={{ fill: 'currentColor' }}
        />
        <YAxis
          tickFormatter={(v: number) => compact.format(v)}
          width={64}
          stroke="currentColor"
          tick={{ fill: 'currentColor' }}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          wrapperStyle={tooltipWrapper}
          separator=": "
          itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
          labelFormatter={(v) => `${count.format(Number(v))} clips kept / month`}
          formatter={(_value, name, item) => {
            const exact = (item.payload as Point)[`${String(item.dataKey)}Exact`];
            return [typeof exact === 'string' ? formatUsd(exact) : 'unavailable', name];
          }}
        />
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
