/**
 * The estimate the customer receives (SPEC §9): one A4 page with the title, the customer, the
 * date, the period and discount, the card versions its prices come from, the lines and the
 * totals. Never the vendor's cost, units, packages, margin or the internal warnings.
 */
import { discountUsd, toEstimateRecord, type Estimate } from '../../../engine';
import { formatUsd } from '../../../lib/format-money';
import { priceCards } from './price-cards';
import { countText, discountText, formatSheetDate, monthsText, sheetUsd } from './sheet-format';
import {
  CardList,
  Sheet,
  SheetTerms,
  sheetH2,
  sheetNum,
  sheetSection,
  sheetTable,
  sheetTd,
  sheetTh,
  sheetThNum,
} from './sheet-parts';

interface CustomerSheetProps {
  readonly estimate: Estimate;
  /** The date printed on it, UTC `YYYY-MM-DD`. */
  readonly date: string;
}

export function CustomerSheet({ estimate, date }: CustomerSheetProps) {
  const record = toEstimateRecord(estimate);
  const period = monthsText(record.months);
  const cards = priceCards(estimate);
  const unpriced = record.lines.some((l) => l.customer_usd_per_month === null);
  const discount = discountText(record.discount_pct);
  const asOf = record.as_of && record.as_of !== date ? ` (prices as of ${formatSheetDate(record.as_of)})` : '';
  const cardsText = (
    <>
      {cards.length > 0 ? <CardList cards={cards} /> : 'prices set for this estimate'}
      {asOf}
    </>
  );
  const minusUsd = (value: string) => (/^[0.]*$/.test(value) ? formatUsd(value) : `−${formatUsd(value)}`);
  return (
    <Sheet label={`Estimate for ${record.customer}`}>
      <h1 className="text-[16pt] font-bold">Estimate</h1>
      <SheetTerms record={record} date={date} more={[['Price card', cardsText]]} />
      <table className={`${sheetTable} mt-4`}>
        <caption className="sr-only">Lines</caption>
        <thead>
          <tr>
            <th scope="col" className={sheetTh}>
              Line
            </th>
            <th scope="col" className={sheetThNum}>
              Clips or tasks a month
            </th>
            <th scope="col" className={sheetThNum}>
              List price a month
            </th>
            <th scope="col" className={sheetThNum}>
              Your price a month
            </th>
            <th scope="col" className={sheetThNum}>
              Your price for {period}
            </th>
          </tr>
        </thead>
        <tbody>
          {record.lines.map((l, i) => (
            <tr key={i}>
              <th scope="row" className={`${sheetTd} text-left font-normal`}>
                <span className="font-semibold">{l.name}</span>
                <span className="block text-[8pt] text-neutral-700">{l.what}</span>
              </th>
              <td className={sheetNum}>{countText(estimate.totals.lines[i].line.count, l.kind)}</td>
              <td className={sheetNum}>{sheetUsd(l.internal_usd_per_month)}</td>
              <td className={sheetNum}>{sheetUsd(l.customer_usd_per_month)}</td>
              <td className={sheetNum}>{sheetUsd(l.customer_usd_per_period)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unpriced ? <p className="mt-1 text-[8pt]">—: no price yet; not in the totals.</p> : null}
      <section className={`${sheetSection} ml-auto w-full max-w-[110mm]`} aria-label="Totals">
        <h2 className={sheetH2}>Totals</h2>
        <table className={sheetTable}>
          <thead>
            <tr>
              <td className={sheetTh} />
              <th scope="col" className={sheetThNum}>
                A month
              </th>
              <th scope="col" className={sheetThNum}>
                For {period}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className={`${sheetTd} text-left font-normal`}>
                List price
              </th>
              <td className={sheetNum}>{formatUsd(record.month.internal_usd)}</td>
              <td className={sheetNum}>{formatUsd(record.period.internal_usd)}</td>
            </tr>
            <tr>
              <th scope="row" className={`${sheetTd} text-left font-normal`}>
                Discount{discount === 'none' ? '' : ` (${discount})`}
              </th>
              <td className={sheetNum}>{minusUsd(discountUsd(estimate.totals.month))}</td>
              <td className={sheetNum}>{minusUsd(discountUsd(estimate.totals.period))}</td>
            </tr>
            <tr className="text-[10pt] font-bold">
              <th scope="row" className={`${sheetTd} border-b-2 border-b-black text-left`}>
                Your price
              </th>
              <td className={`${sheetNum} border-b-2 border-b-black`}>{formatUsd(record.month.customer_usd)}</td>
              <td className={`${sheetNum} border-b-2 border-b-black`}>{formatUsd(record.period.customer_usd)}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <p className="mt-4 text-[8pt] text-neutral-800">
        All prices are in US dollars (USD) and valid for the price card versions named above.
      </p>
    </Sheet>
  );
}
