/** The rows of a file checked against their cards: mismatches first, then matches, with a filter. */
import { useState } from 'react';
import type { AmountCheck, ChargeRow, ChargeTotals } from '../../../engine';
import { formatCount, formatUsd } from '../../../lib/format-money';
import { ScrollRegion } from './scroll-region';
import { signed } from './signed-amount';

type Filter = 'all' | 'mismatches' | 'matches';
/** Rows drawn at a time; "Show more" adds as many again. */
const PAGE = 100;
const th = 'ui-th whitespace-nowrap align-top';
const td = 'border-b border-slate-100 px-2 py-1 align-top dark:border-slate-800';
const num = `${td} text-right tabular-nums whitespace-nowrap`;
/** The row number stays in view while the table scrolls sideways. */
const sticky = 'sticky left-0 bg-white dark:bg-slate-900';
const count = new Intl.NumberFormat('en-US');
const units = (v: string) => `${formatCount(v)} units`;
const STATUS: Record<ChargeRow['status'], string> = {
  mismatch: 'Mismatch',
  match: 'Match',
  unchecked: 'Not comparable',
};

/** The amount of each kind the row carried, USD above units; a dash where there is none to show. */
function Amounts({
  row,
  pick,
  sign = false,
}: {
  readonly row: ChargeRow;
  readonly pick: (check: AmountCheck) => string | null;
  readonly sign?: boolean;
}) {
  const kinds: ReadonlyArray<[string, AmountCheck | null, (v: string) => string]> = [
    ['usd', row.usd, formatUsd],
    ['units', row.units, units],
  ];
  return (
    <>
      {kinds.map(([key, check, format]) => {
        if (!check) return null;
        const value = pick(check);
        return <div key={key}>{value === null ? '—' : sign ? signed(value, format) : format(value)}</div>;
      })}
    </>
  );
}

function Row({ row }: { readonly row: ChargeRow }) {
  const mismatch = row.status === 'mismatch';
  return (
    <tr>
      <th scope="row" className={`${th} ${sticky} font-normal tabular-nums`}>
        {row.row}
      </th>
      <td className={`${td} whitespace-nowrap ${mismatch ? 'font-semibold text-red-800 dark:text-red-300' : ''}`}>
        {STATUS[row.status]}
      </td>
      <td className={`${td} whitespace-nowrap`}>
        <div>{row.createdAt ?? `as of ${row.asOf ?? 'the newest cards'}`}</div>
        <div className="text-slate-700 dark:text-slate-300">{row.card}</div>
      </td>
      {/* Below 1024 px the table scrolls rather than wrap these into a word a line. */}
      <td className={`${td} min-w-44 max-lg:min-w-56`}>
        {row.model} · {row.mode} · {row.durationSeconds} s · {row.resolution} · {row.inputType}
      </td>
      <td className={num}>
        <Amounts row={row} pick={(c) => c.charged} />
      </td>
      <td className={num}>
        <Amounts row={row} pick={(c) => c.expected} />
      </td>
      <td className={num}>
        <Amounts row={row} pick={(c) => c.difference} sign />
      </td>
      <td className={`${td} min-w-48 max-lg:min-w-80`}>
        {row.usd?.cause ? <div>{row.usd.cause}</div> : null}
        {row.units?.cause ? <div>Units: {row.units.cause}</div> : null}
      </td>
    </tr>
  );
}

function rowsFor(filter: Filter, charges: ChargeTotals): readonly ChargeRow[] {
  if (filter === 'mismatches') return charges.mismatchRows;
  if (filter === 'matches') return charges.otherRows.filter((r) => r.status === 'match');
  return [...charges.mismatchRows, ...charges.otherRows];
}

export function ChargeRows({ charges }: { readonly charges: ChargeTotals }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [shown, setShown] = useState(PAGE);
  const rows = rowsFor(filter, charges);
  const options: ReadonlyArray<[Filter, string]> = [
    ['all', `All (${count.format(charges.rows)})`],
    ['mismatches', `Mismatches (${count.format(charges.mismatches)})`],
    ['matches', `Matches (${count.format(charges.matches)})`],
  ];
  const capped = [
    charges.mismatches > charges.mismatchRows.length
      ? `The first ${count.format(charges.mismatchRows.length)} of ${count.format(charges.mismatches)} ` +
        'mismatches are listed here; every one is in the mismatches CSV.'
      : '',
    charges.matches + charges.unchecked > charges.otherRows.length
      ? `The first ${count.format(charges.otherRows.length)} of ` +
        `${count.format(charges.matches + charges.unchecked)} other rows are listed here; every row is in the ` +
        'priced-rows CSV.'
      : '',
  ].filter(Boolean);
  return (
    <div className="flex flex-col gap-2">
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <legend className="mb-1 font-medium">Show</legend>
        {options.map(([value, label]) => (
          <label key={value} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="charge-filter"
              value={value}
              checked={filter === value}
              onChange={() => {
                setFilter(value);
                setShown(PAGE);
              }}
              className="h-4 w-4 accent-blue-700"
            />
            {label}
          </label>
        ))}
      </fieldset>
      <ScrollRegion label="Rows checked">
        <table className="w-full text-sm" data-testid="charge-rows">
          <caption className="sr-only">Rows checked, mismatches first</caption>
          <thead>
            <tr>
              {['Row', 'Status', 'Created at · card', 'Request', 'Charged', 'Expected', 'Difference', 'Cause'].map(
                (h) => (
                  <th key={h} scope="col" className={h === 'Row' ? `${th} ${sticky}` : th}>
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => (
              <Row key={row.row} row={row} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.length === 0 ? <p className="text-sm">No rows to show.</p> : null}
      {rows.length > shown ? (
        <button type="button" className="ui-button self-start" onClick={() => setShown((n) => n + PAGE)}>
          Show {count.format(Math.min(PAGE, rows.length - shown))} more of {count.format(rows.length - shown)}
        </button>
      ) : null}
      {capped.map((text) => (
        <p key={text} className="text-sm text-slate-700 dark:text-slate-300">
          {text}
        </p>
      ))}
    </div>
  );
}
