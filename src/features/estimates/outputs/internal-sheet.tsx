/**
 * The estimate for ourselves (SPEC §9): what the customer's sheet says, plus the vendor's units
 * and cost, the margin in USD and %, the packages and the warnings. Marked internal throughout.
 */
import { toEstimateRecord, type Estimate } from '../../../engine';
import { InternalLines } from './internal-lines';
import { InternalPackages } from './internal-packages';
import { monthsText } from './sheet-format';
import { CardList, Sheet, SheetTerms, sheetH2, sheetSection } from './sheet-parts';

interface InternalSheetProps {
  readonly estimate: Estimate;
  /** The date printed on it, UTC `YYYY-MM-DD`. */
  readonly date: string;
}

export function InternalSheet({ estimate, date }: InternalSheetProps) {
  const record = toEstimateRecord(estimate);
  const cards = (
    <>
      {record.cards.length > 0 ? <CardList cards={record.cards} /> : 'none'}
      {record.as_of ? ` (in force on ${record.as_of})` : ''}
    </>
  );
  return (
    <Sheet label={`Internal estimate for ${record.customer}`}>
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="text-[16pt] font-bold">Estimate: internal</h1>
        <p className="border-2 border-black px-2 py-0.5 font-bold uppercase tracking-wide">
          Internal: not for the customer
        </p>
      </div>
      <SheetTerms
        record={record}
        date={date}
        more={[
          ['Package', record.package],
          ['Card versions', cards],
        ]}
      />
      <InternalLines record={record} span="month" title="A month" />
      <InternalLines record={record} span="period" title={`For ${monthsText(record.months)}`} />
      <p className="mt-1 text-[8pt]">
        Vendor cost and margin are rounded to the cent here; the CSV has every digit. A line with no price (—) adds
        vendor cost and no revenue.
      </p>
      <InternalPackages record={record} />
      <section className={sheetSection} aria-label="Warnings">
        <h2 className={sheetH2}>Warnings</h2>
        {record.warnings.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="list-disc pl-5">
            {record.warnings.map((w) => (
              <li key={`${w.code}-${w.message}`}>
                {w.severity === 'warning' ? <strong>Warning: </strong> : null}
                {w.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-4 text-[8pt] font-semibold">Internal: vendor cost and margin. Not for the customer.</p>
    </Sheet>
  );
}
