/**
 * The estimate's figures, in total and per line, for a month or for the whole period: our list
 * price, the customer's price after the discount, the vendor cost, and the margin.
 */
import { useId, useState } from 'react';
import type { EstimateRecord } from '../../../engine';
import { MarginFigure } from '../../../components/margin-figure';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatCount, formatUsd } from '../../../lib/format-money';

type Span = 'month' | 'period';

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums whitespace-nowrap dark:border-slate-800';

const money = (v: string | null) => (v === null ? '—' : formatUsd(v));

function Headline({ record, span }: { readonly record: EstimateRecord; readonly span: Span }) {
  const t = record[span];
  const title = span === 'month' ? 'A month' : `The period (${record.months} months)`;
  return (
    <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <h3 className="text-sm font-medium">{title}</h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt>Customer pays</dt>
        <dd className="text-right text-lg font-semibold tabular-nums" data-testid={`${span}-customer`}>
          {formatUsd(t.customer_usd)}
        </dd>
        <dt>Our list price</dt>
        <dd className="text-right tabular-nums">{formatUsd(t.internal_usd)}</dd>
        <dt>Vendor cost</dt>
        <dd className="text-right tabular-nums" data-testid={`${span}-vendor`}>
          {formatUsd(t.vendor_usd)}
        </dd>
        <dt>Margin</dt>
        <dd className="text-right font-medium tabular-nums" data-testid={`${span}-margin`}>
          <MarginFigure usd={t.margin_usd} pct={t.margin_pct} ofUsd={t.customer_usd} />
        </dd>
      </dl>
    </div>
  );
}

/** The totals for a month and for the period. */
export function EstimateHeadlines({ record }: { readonly record: EstimateRecord }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Headline record={record} span="month" />
      {record.months > 1 ? <Headline record={record} span="period" /> : null}
    </div>
  );
}

/** Each line's figures and the total, for a month or for the period. */
export function LineFigures({ record }: { readonly record: EstimateRecord }) {
  const id = useId().replace(/:/g, '');
  const [span, setSpan] = useState<Span>('month');
  const suffix = span === 'month' ? 'per_month' : 'per_period';
  const months = span === 'month' ? 1 : record.months;
  const t = record[span];
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">Show the lines for</legend>
        {(['month', 'period'] as const).map((s) => (
          <label key={s} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-span`}
              className="h-4 w-4 accent-blue-700"
              checked={span === s}
              onChange={() => setSpan(s)}
            />
            {s === 'month' ? 'A month' : `The period (${record.months} months)`}
          </label>
        ))}
      </fieldset>
      <ScrollTable
        caption={span === 'month' ? 'Each line, a month' : 'Each line, for the period'}
        captionId={`${id}-c`}
      >
        <table className="w-full text-sm" aria-labelledby={`${id}-c`}>
          <thead>
            <tr>
              {[
                'Line',
                'Clips or tasks',
                'Our list price',
                'Customer price',
                'Vendor units',
                'Vendor cost',
                'Margin',
              ].map((h, i) => (
                <th key={h} scope="col" className={i === 0 ? th : `${th} text-right`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {record.lines.map((l, i) => {
              const count = 'clips_per_month' in l ? l.clips_per_month : l.count_per_month;
              const units = l[`vendor_units_${suffix}`];
              return (
                <tr key={i}>
                  <th scope="row" className={`${th} font-normal`}>
                    {l.name}
                  </th>
                  <td className={td}>{formatCount(String(count * months))}</td>
                  <td className={td}>{money(l[`internal_usd_${suffix}`])}</td>
                  <td className={td}>{money(l[`customer_usd_${suffix}`])}</td>
                  <td className={td}>{units === null ? '—' : formatCount(units)}</td>
                  <td className={td}>{formatUsd(l[`vendor_usd_${suffix}`])}</td>
                  <td className={td}>
                    <MarginFigure
                      usd={l[`margin_usd_${suffix}`]}
                      pct={span === 'month' ? l.margin_pct : null}
                      ofUsd={l[`customer_usd_${suffix}`]}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className={th}>
                Total
              </th>
              <td className={td} />
              <td className={td}>{formatUsd(t.internal_usd)}</td>
              <td className={td}>{formatUsd(t.customer_usd)}</td>
              <td className={td}>{formatCount(t.vendor_units)}</td>
              <td className={td}>{formatUsd(t.vendor_usd)}</td>
              <td className={td}>
                <MarginFigure usd={t.margin_usd} pct={t.margin_pct} ofUsd={t.customer_usd} />
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
    </div>
  );
}
