/** What a priced file says was charged, against what its cards give (SPEC §8): counts, totals, the rows, the CSV. */
import type { AmountTotals, ChargeTotals } from '../../../engine';
import { formatCount, formatUsd } from '../../../lib/format-money';
import { ChargeRows } from './charge-rows';
import { ScrollRegion } from './scroll-region';
import { signed } from './signed-amount';

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const count = new Intl.NumberFormat('en-US');
const downloadClass =
  'self-start rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2';

const formatUnits = (value: string) => `${formatCount(value)} ${value === '1' ? 'unit' : 'units'}`;

type Column = readonly [string, AmountTotals, (value: string) => string];

/** Charged against expected: one column per amount the file carried, so that it fits a phone. */
function Totals({ charges }: { readonly charges: ChargeTotals }) {
  const columns: ReadonlyArray<Column> = [
    ...(charges.usd ? [['USD', charges.usd, formatUsd] as Column] : []),
    ...(charges.units ? [['Units', charges.units, formatUnits] as Column] : []),
  ];
  const rows: ReadonlyArray<[string, (t: AmountTotals, format: (value: string) => string) => string]> = [
    ['Rows compared', (t) => count.format(t.rows)],
    ['Charged', (t, format) => format(t.charged)],
    ['Expected', (t, format) => format(t.expected)],
    ['Net difference', (t, format) => signed(t.difference, format)],
  ];
  const unchecked = columns.filter(([, t]) => t.unchecked > 0);
  return (
    <>
      <ScrollRegion label="Charged against expected">
        <table className="w-full text-sm sm:w-auto" data-testid="charge-totals">
          <caption className="mb-1 text-left font-medium">Charged against expected</caption>
          <thead>
            <tr>
              <td className={th} />
              {columns.map(([name]) => (
                <th key={name} scope="col" className={`${th} text-right`}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, cell]) => (
              <tr key={label}>
                <th scope="row" className={`${th} font-normal`}>
                  {label}
                </th>
                {columns.map(([name, totals, format]) => (
                  <td key={name} className={td}>
                    {cell(totals, format)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {unchecked.map(([name, t]) => (
        <p key={name} className="text-sm">
          {name}: {count.format(t.unchecked)} {t.unchecked === 1 ? 'row' : 'rows'} could not be compared (no vendor cost
          in units), and {t.unchecked === 1 ? 'is' : 'are'} left out of these sums.
        </p>
      ))}
    </>
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
