/**
 * An estimate as CSV (SPEC §9): one row a line, then a `Total` row, every amount in a column
 * named for what it is. The figures are the record's exact decimal strings (`toEstimateRecord`),
 * never reformatted; an amount that does not exist (a service with no internal price) is empty.
 * The estimate's terms (customer, months, discount, package, what a Kling unit is costed at, the
 * date its cards were in force on, the card versions) are repeated on every row, so that each
 * row reads alone in a spreadsheet or a pivot table.
 */
import { toEstimateRecord, type Estimate, type EstimateRecord } from '../../../engine';
import { toCsv } from '../../../lib/csv';

const ESTIMATE_CSV_COLUMNS = [
  'line',
  'kind',
  'what',
  'count_per_month',
  'internal_usd_per_month',
  'customer_usd_per_month',
  'vendor_units_per_month',
  'vendor_usd_per_month',
  'margin_usd_per_month',
  'margin_pct',
  'count_per_period',
  'internal_usd_per_period',
  'customer_usd_per_period',
  'vendor_units_per_period',
  'vendor_usd_per_period',
  'margin_usd_per_period',
  'vendor_priced_at',
  'customer',
  'months',
  'discount_pct',
  'package',
  'vendor_usd_per_unit',
  'as_of',
  'cards',
] as const;

type Cell = string | number | null;
type RecordLine = EstimateRecord['lines'][number];

const countOf = (l: RecordLine): number => ('clips_per_month' in l ? l.clips_per_month : l.count_per_month);

function lineRow(l: RecordLine, months: number): Cell[] {
  const count = countOf(l);
  return [
    l.name,
    l.kind,
    l.what,
    count,
    l.internal_usd_per_month,
    l.customer_usd_per_month,
    l.vendor_units_per_month,
    l.vendor_usd_per_month,
    l.margin_usd_per_month,
    l.margin_pct,
    count * months,
    l.internal_usd_per_period,
    l.customer_usd_per_period,
    l.vendor_units_per_period,
    l.vendor_usd_per_period,
    l.margin_usd_per_period,
    l.vendor_priced_at,
  ];
}

function totalRow(r: EstimateRecord): Cell[] {
  const { month, period } = r;
  return [
    'Total',
    '',
    '',
    null,
    month.internal_usd,
    month.customer_usd,
    month.vendor_units,
    month.vendor_usd,
    month.margin_usd,
    month.margin_pct,
    null,
    period.internal_usd,
    period.customer_usd,
    period.vendor_units,
    period.vendor_usd,
    period.margin_usd,
    '',
  ];
}

/** The CSV text, with a header row of `ESTIMATE_CSV_COLUMNS` and CRLF line ends. */
export function estimateCsv(estimate: Estimate): string {
  const r = toEstimateRecord(estimate);
  const terms: Cell[] = [r.customer, r.months, r.discount_pct, r.package, r.unit_price_usd, r.as_of, r.cards.join(' ')];
  const rows = [...r.lines.map((l) => lineRow(l, r.months)), totalRow(r)].map((row) =>
    [...row, ...terms].map((cell) => cell ?? ''),
  );
  return toCsv([[...ESTIMATE_CSV_COLUMNS], ...rows]);
}
