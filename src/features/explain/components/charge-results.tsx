/** What a priced file says was charged, against what its cards give (SPEC §8): counts, totals, the rows, the CSV. */
import type { AmountTotals, ChargeTotals } from '../../../engine';
import { formatCount, formatUsd } from '../../../lib/format-money';
import { ChargeRows } from './charge-rows';
import { signed } from './signed-amount';

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const count = new Intl.NumberFormat('en-US');
const downloadClass =
  'self-start rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2';

function TotalsRow({
  label,
  totals,
  format,
}: {
  readonly label: string;
  readonly totals: AmountTotals;
  readonly format: (value: string) => string;
}) {
  return (
    <tr>
      <th scope="row" className={`${th} font-normal`}>
        {label}
        {totals.unchecked > 0 ? ` (${count.format(totals.unchecked)} not comparable)` : ''}
      </th>
      <td className={td}>{count.format(totals.rows)}</td>
      <td className={td}>{format(totals.charged)}</td>
      <td className={td}>{format(totals.expected)}</td>
      <td className={td} data-testid={`charges-difference-${label === 'USD' ? 'usd' : 'units'}`}>
        {signed(totals.difference, format)}
      </td>
    </tr>
  );
}

function Totals({ charges }: { readonly charges: ChargeTotals }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="charge-totals">
        <caption className="mb-1 text-left font-medium">Charged against expected</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Amount
            </th>
            {['Rows', 'Charged', 'Expected', 'Difference'].map((h) => (
              <th key={h} scope="col" className={`${th} text-right`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {charges.usd ? <TotalsRow label="USD" totals={charges.usd} format={formatUsd} /> : null}
          {charges.units ? (
            <TotalsRow label="Units" totals={charges.units} format={(v) => `${formatCount(v)} units`} />
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

export function ChargeResults({
  charges,
  mismatchCsvUrl,
}: {
  readonly charges: ChargeTotals;
  readonly mismatchCsvUrl: string | null;
}) {
  const { matches, mismatches, unchecked } = charges;
  return (
    <section aria-labelledby="charges-heading" className="flex flex-col gap-3" data-testid="charge-results">
      <h3 id="charges-heading" className="text-sm font-semibold">
        Charges checked
      </h3>
      <p className="text-sm" data-testid="charge-counts">
        Of {count.format(charges.rows)} {charges.rows === 1 ? 'row' : 'rows'} that say what was charged:{' '}
        <strong>
          {count.format(mismatches)} {mismatches === 1 ? 'mismatch' : 'mismatches'}
        </strong>
        , <strong>{count.format(matches)}</strong> {matches === 1 ? 'match' : 'matches'}
        {unchecked > 0 ? `, ${count.format(unchecked)} with nothing to compare with` : ''}. Each row is checked against
        the cards in force on its date.
      </p>
      <Totals charges={charges} />
      {mismatchCsvUrl ? (
        <a href={mismatchCsvUrl} download="kling-mismatches.csv" className={downloadClass}>
          Download mismatches (CSV)
        </a>
      ) : null}
      <ChargeRows charges={charges} />
    </section>
  );
}
