/**
 * The charts of Compare at scale (recharts, loaded only when a chart is shown, in its own
 * chunk). Each sits beside a data table with the same figures; tooltips give exact amounts.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd } from '../../../lib/format-money';

const COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];
const count = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

type Point = Record<string, number | string | null>;

interface ChartProps {
  readonly data: readonly Point[];
  readonly labels: readonly string[];
  readonly scale: 'linear' | 'log';
  readonly min: number;
  readonly max: number;
}

interface SeriesSpec {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly dashed: boolean;
}

function Chart({
  data,
  scale,
  min,
  max,
  series,
  title,
}: ChartProps & { readonly series: readonly SeriesSpec[]; readonly title: string }) {
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <div className="h-72 w-full" data-testid="chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" stroke="#94a3b8" strokeOpacity={0.4} />
            <XAxis
              dataKey="volume"
              type="number"
              scale={scale}
              domain={[min, max]}
              allowDataOverflow
              tickFormatter={(v: number) => count.format(v)}
              stroke="currentColor"
            />
            <YAxis tickFormatter={(v: number) => compact.format(v)} width={72} stroke="currentColor" />
            <Tooltip
              labelFormatter={(v) => `${count.format(Number(v))} clips kept / month`}
              formatter={(_value, name, item) => {
                const exact = (item.payload as Point)[`${String(item.dataKey)}Exact`];
                return [typeof exact === 'string' ? formatUsd(exact) : 'unavailable', name];
              }}
            />
            <Legend />
            {series.map((s) => (
              <Line
                key={s.key}
                type="linear"
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                strokeDasharray={s.dashed ? '6 4' : undefined}
                dot={false}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function CostChart(props: ChartProps) {
  const series = props.labels.flatMap((label, i) => [
    { key: `internal${i}`, name: `${label}: internal`, color: COLORS[i % COLORS.length], dashed: false },
    { key: `vendor${i}`, name: `${label}: vendor`, color: COLORS[i % COLORS.length], dashed: true },
  ]);
  return (
    <Chart
      {...props}
      series={series}
      title="Total cost per month against volume (solid: internal price; dashed: vendor cost)"
    />
  );
}

export function MarginChart(props: ChartProps) {
  const series = props.labels.map((label, i) => ({
    key: `margin${i}`,
    name: label,
    color: COLORS[i % COLORS.length],
    dashed: false,
  }));
  return <Chart {...props} series={series} title="Margin per month against volume" />;
}
