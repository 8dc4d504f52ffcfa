/**
 * The pieces both printed estimates share: the page, its heading with the estimate's terms, and
 * the table cell styles. Black on white, compact, amounts right-aligned in tabular figures.
 */
import type { ReactNode } from 'react';
import type { EstimateRecord } from '../../../engine';
import { discountText, formatSheetDate, monthsText } from './sheet-format';

export const sheetTable = 'w-full border-collapse text-[8.5pt]';
export const sheetTh = 'border-b border-black px-1.5 py-1 text-left align-bottom font-semibold';
export const sheetThNum = `${sheetTh} text-right`;
export const sheetTd = 'border-b border-neutral-300 px-1.5 py-1 align-top';
export const sheetNum = `${sheetTd} whitespace-nowrap text-right tabular-nums`;
export const sheetFootTh = 'border-t border-black px-1.5 py-1 text-left font-semibold';
export const sheetFootNum = 'border-t border-black px-1.5 py-1 text-right font-semibold whitespace-nowrap tabular-nums';
export const sheetSection = 'mt-4';
export const sheetH2 = 'mb-1 text-[10pt] font-semibold';

/** Card versions, each kept on one line: "internal@2026-11-21, kling-packages@2026-11-21". */
export function CardList({ cards }: { readonly cards: readonly string[] }) {
  return cards.map((card, i) => (
    <span key={card}>
      {i > 0 ? ', ' : ''}
      <span className="whitespace-nowrap">{card}</span>
    </span>
  ));
}

interface SheetProps {
  readonly label: string;
  readonly children: ReactNode;
}

/** The page: white, black text, the sheet's own font size, whatever the screen's theme. */
export function Sheet({ label, children }: SheetProps) {
  return (
    <article aria-label={label} className="bg-white font-sans text-[9.5pt] leading-snug text-black">
      {children}
    </article>
  );
}

interface TermsProps {
  readonly record: EstimateRecord;
  readonly date: string;
  /** Terms only the internal sheet prints, after the shared ones. */
  readonly more?: readonly (readonly [string, ReactNode])[];
}

/** Customer, date, period and discount, as a compact list of terms. */
export function SheetTerms({ record, date, more = [] }: TermsProps) {
  const terms: (readonly [string, ReactNode])[] = [
    ['Customer', record.customer],
    ['Date', formatSheetDate(date)],
    ['Period', monthsText(record.months)],
    ['Discount', discountText(record.discount_pct)],
    ...more,
  ];
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5">
      {terms.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
