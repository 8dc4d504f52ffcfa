/** The internal sheet's table of lines for a month or for the period: prices, vendor units and cost, margin. */
import type { EstimateRecord } from '../../../engine';
import { formatCount, formatPercent } from '../../../lib/format-money';
import { countText, sheetUsd } from './sheet-format';
import { sheetFootNum, sheetFootTh, sheetNum, sheetTable, sheetTd, sheetTh, sheetThNum } from './sheet-parts';

type Span = 'month' | 'period';
type RecordLine = EstimateRecord['lines'][number];

interface Row {
  readonly internal: string | null;
  readonly customer: string | null;
  readonly units: string | null;
  readonly vendor: string;
  readonly margin: string;
  readonly pct: string | null;
}

function lineRow(l: RecordLine, span: Span): Row {
  return span === 'month'
    ? {
        internal: l.internal_usd_per_month,
        customer: l.customer_usd_per_month,
        units: l.vendor_units_per_month,
        vendor: l.vendor_usd_per_month,
        margin: l.margin_usd_per_month,
        pct: l.margin_pct,
      }
    : {
        internal: l.internal_usd_per_period,
        customer: l.customer_usd_per_period,
        units: l.vendor_units_per_period,
        vendor: l.vendor_usd_per_period,
        margin: l.margin_usd_per_period,
        pct: l.margin_pct,
      };
}

function totalRow(r: EstimateRecord, span: Span): Row {
  const t = r[span];
  return {
    internal: t.internal_usd,
    customer: t.customer_usd,
    units: t.vendor_units,
    vendor: t.vendor_usd,
    margin: t.margin_usd,
    pct: t.margin_pct,
  };
}

const countOf = (l: RecordLine): number => ('clips_per_month' in l ? l.clips_per_month : l.count_per_month);

function Amounts({ row, cell }: { readonly row: Row; readonly cell: string }) {
  return (
    <>
      <td className={cell}>{sheetUsd(row.internal)}</td>
      <td className={cell}>{sheetUsd(row.customer)}</td>
      <td className={cell}>{row.units === null ? '—' : formatCount(row.units)}</td>
      <td className={cell}>{sheetUsd(row.vendor)}</td>
      <td className={cell}>{sheetUsd(row.margin)}</td>
      <td className={cell}>{row.pct === null ? '—' : formatPercent(row.pct)}</td>
    </>
  );
}

interface InternalLinesProps {
  readonly record: EstimateRecord;
  readonly span: Span;
  readonly title: string;
}

export function InternalLines({ record, span, title }: InternalLinesProps) {
  const months = span === 'month' ? 1 : record.months;
  const heads = ['List price', 'Customer price', 'Vendor units', 'Vendor cost', 'Margin', 'Margin %'];
  return (
    <table className={`${sheetTable} mt-4`}>
      <caption className="mb-1 text-left text-[10pt] font-semibold">{title}</caption>
      <thead>
        <tr>
          <th scope="col" className={sheetTh}>
            Line
          </th>
          <th scope="col" className={sheetThNum}>
            Clips or tasks
          </th>
          {heads.map((h) => (
            <th key={h} scope="col" className={sheetThNum}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {record.lines.map((l, i) => (
          <tr key={i}>
            <th scope="row" className={`${sheetTd} text-left font-normal`}>
              {l.name}
            </th>
            <td className={sheetNum}>{countText(countOf(l) * months, l.kind)}</td>
            <Amounts row={lineRow(l, span)} cell={sheetNum} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className={sheetFootTh}>
            Total
          </th>
          <td className={sheetFootNum} />
          <Amounts row={totalRow(record, span)} cell={sheetFootNum} />
        </tr>
      </tfoot>
    </table>
  );
}
