/** Totals of a priced file, overall, by model and by input type; its charges checked; the row errors; the CSV. */
import type { BatchTotals, GroupTotals } from '../../../engine';
import { formatUsd } from '../../../lib/format-money';
import { ChargeResults } from './charge-results';
import { ScrollRegion } from './scroll-region';

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const count = new Intl.NumberFormat('en-US');
const staleClass =
  'rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';
const downloadClass =
  'self-start rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2';

function Groups({
  caption,
  groups,
}: {
  readonly caption: string;
  readonly groups: Readonly<Record<string, GroupTotals>>;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-medium">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Group
            </th>
            <th scope="col" className={`${th} text-right`}>
              Rows
            </th>
            <th scope="col" className={`${th} text-right`}>
              Internal
            </th>
            <th scope="col" className={`${th} text-right`}>
              Vendor
            </th>
            <th scope="col" className={`${th} text-right`}>
              Margin
            </th>
            <th scope="col" className={`${th} text-right`}>
              No vendor cost
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(groups).map(([name, g]) => (
            <tr key={name}>
              <th scope="row" className={`${th} font-normal`}>
                {name}
              </th>
              <td className={td}>{count.format(g.rows)}</td>
              <td className={td}>{formatUsd(g.internalUsd)}</td>
              <td className={td}>{g.vendorUnavailable === g.rows ? 'Unknown' : formatUsd(g.vendorUsd)}</td>
              <td className={td}>{g.vendorUnavailable === g.rows ? 'Unknown' : formatUsd(g.marginUsd)}</td>
              <td className={td}>{count.format(g.vendorUnavailable)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface BatchResultsProps {
  readonly totals: BatchTotals;
  readonly errors: ReadonlyArray<{ row: number; error: string }>;
  readonly csvUrl: string;
  /** Every mismatched row as CSV; null when none mismatched. */
  readonly mismatchCsvUrl?: string | null;
  /** The date rows without created_at were priced as of. */
  readonly asOf?: string | null;
  /** The date now chosen, when it is not the one the file was priced as of. */
  readonly staleAsOf?: string | null;
}

export function BatchResults({ totals, errors, csvUrl, mismatchCsvUrl = null, asOf, staleAsOf }: BatchResultsProps) {
  return (
    <div className="flex flex-col gap-4" data-testid="batch-results">
      {staleAsOf ? (
        <p className={staleClass}>
          These results are as of {asOf ?? 'the newest cards'}; the date is now {staleAsOf}. Choose the file again to
          price it as of {staleAsOf}.
        </p>
      ) : null}
      <p className="text-sm">
        <strong>{count.format(totals.rows)}</strong> {totals.rows === 1 ? 'row' : 'rows'} priced,{' '}
        <strong>{count.format(totals.failed)}</strong> refused. Internal{' '}
        <strong data-testid="batch-internal">{formatUsd(totals.internalUsd)}</strong>, vendor{' '}
        <strong>{formatUsd(totals.vendorUsd)}</strong>
        {totals.vendorUnavailable > 0
          ? ` (for the rows that have one; ${count.format(totals.vendorUnavailable)} have no vendor cost, ` +
            'so their margin is unknown)'
          : ''}
        , margin <strong>{formatUsd(totals.marginUsd)}</strong>.
        {asOf ? ` Rows without created_at are priced as of ${asOf}.` : ''}
      </p>
      {totals.charges.rows > 0 ? <ChargeResults charges={totals.charges} mismatchCsvUrl={mismatchCsvUrl} /> : null}
      <a href={csvUrl} download="kling-priced-rows.csv" className={downloadClass}>
        Download the priced rows (CSV)
      </a>
      <Groups caption="By model" groups={totals.byModel} />
      <Groups caption="By input type" groups={totals.byInputType} />
      {errors.length > 0 ? (
        <ScrollRegion label="Rows refused">
          <table className="w-full text-sm" data-testid="batch-errors">
            <caption className="mb-1 text-left font-medium">
              Rows refused
              {totals.failed > errors.length
                ? ` (the first ${count.format(errors.length)} of ${count.format(totals.failed)}; all are in the CSV)`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Line (JSON Lines) or row (CSV)
                </th>
                <th scope="col" className={th}>
                  Reason
                </th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e) => (
                <tr key={e.row}>
                  <th scope="row" className={`${th} font-normal tabular-nums`}>
                    {e.row}
                  </th>
                  <td className="border-b border-slate-100 px-2 py-1 dark:border-slate-800">{e.error}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}
