/** The accessible alternative to each chart: the same figures at the chosen volumes, with CSV. */
import { toCsv, downloadText } from '../../../lib/csv';
import { formatUsd } from '../../../lib/format-money';
import type { PricedConfig, VolumeRow } from '../scenario-rows';
import { MarginFigure } from '../../../components/margin-figure';
import { ScrollTable } from '../../../components/ui/scroll-table';

const count = new Intl.NumberFormat('en-US');
const button =
  'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-600 dark:hover:bg-slate-800 print:hidden';
const th = 'ui-th';
const td = 'whitespace-nowrap border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';

interface TableProps {
  readonly priced: readonly PricedConfig[];
  readonly rows: readonly VolumeRow[];
}

export function CostTable({ priced, rows }: TableProps) {
  const csv = () =>
    toCsv([
      [
        'clips_per_month',
        ...priced.flatMap((p) => [`${p.label} internal_usd`, `${p.label} vendor_usd`, `${p.label} clips_generated`]),
      ],
      ...rows.map((r) => [
        r.volume,
        ...r.costs.flatMap((c) => [c?.internalUsd ?? '', c?.vendorUsd ?? 'unavailable', c?.generatedClips ?? '']),
      ]),
    ]);
  return (
    <div>
      <ScrollTable captionId="cost-table-caption" caption="Total cost per month: our price and the vendor cost">
        <table className="w-full text-sm" aria-labelledby="cost-table-caption">
          <thead>
            <tr>
              <th scope="col" className={th}>
                Clips kept / month
              </th>
              {priced.map((p) => (
                <th key={p.label} scope="col" colSpan={2} className={`${th} text-center`}>
                  {p.label}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" className={th}>
                <span className="sr-only">Volume</span>
              </th>
              {priced.flatMap((p) => [
                <th key={`${p.label}-i`} scope="col" className={`${th} text-right`}>
                  Our price
                </th>,
                <th key={`${p.label}-v`} scope="col" className={`${th} text-right`}>
                  Vendor cost
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.volume}>
                <th scope="row" className={`${th} font-normal`}>
                  {count.format(r.volume)}
                </th>
                {r.costs.flatMap((c, i) => [
                  <td key={`i${i}`} className={td}>
                    {c ? formatUsd(c.internalUsd) : '—'}
                  </td>,
                  <td key={`v${i}`} className={td}>
                    {c?.vendorUsd ? formatUsd(c.vendorUsd) : 'Unavailable'}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <button
        type="button"
        className={`${button} mt-2`}
        onClick={() => downloadText('kling-cost-by-volume.csv', csv())}
      >
        Export cost table (CSV)
      </button>
    </div>
  );
}

export function MarginTable({ priced, rows }: TableProps) {
  const csv = () =>
    toCsv([
      ['clips_per_month', ...priced.flatMap((p) => [`${p.label} margin_usd`, `${p.label} margin_pct`])],
      ...rows.map((r) => [r.volume, ...r.costs.flatMap((c) => [c?.marginUsd ?? 'unknown', c?.marginPct ?? 'unknown'])]),
    ]);
  return (
    <div>
      <ScrollTable captionId="margin-table-caption" caption="Margin per month (our price − vendor cost)">
        <table className="w-full text-sm" aria-labelledby="margin-table-caption">
          <thead>
            <tr>
              <th scope="col" className={th}>
                Clips kept / month
              </th>
              {priced.map((p) => (
                <th key={p.label} scope="col" className={`${th} text-right`}>
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.volume}>
                <th scope="row" className={`${th} font-normal`}>
                  {count.format(r.volume)}
                </th>
                {r.costs.map((c, i) => (
                  <td key={i} className={td}>
                    {c?.marginUsd && c.marginPct ? (
                      <MarginFigure usd={c.marginUsd} pct={c.marginPct} ofUsd={c.internalUsd} />
                    ) : (
                      'Unknown'
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <button
        type="button"
        className={`${button} mt-2`}
        onClick={() => downloadText('kling-margin-by-volume.csv', csv())}
      >
        Export margin table (CSV)
      </button>
    </div>
  );
}
