/**
 * The estimate's outputs: the customer's printout, the internal one and the CSV. With no estimate
 * (it does not price yet) the buttons are disabled and say why. The sheet being printed is put at
 * the end of <body>, where the print CSS shows it alone.
 */
import { useId } from 'react';
import { createPortal } from 'react-dom';
import type { Estimate } from '../../../engine';
import { downloadText } from '../../../lib/csv';
import { CustomerSheet } from './customer-sheet';
import { estimateCsv } from './estimate-csv';
import { estimateFileName } from './estimate-file-name';
import { InternalSheet } from './internal-sheet';
import { usePrintSheet } from './use-print-sheet';

const buttonClass = 'ui-button disabled:cursor-not-allowed disabled:opacity-60';

interface PrintButtonsProps {
  readonly estimate: Estimate | null;
  /** Today, UTC `YYYY-MM-DD`: printed on the sheets and in the CSV's name. */
  readonly date: string;
  /** Why there is no estimate, shown beside the disabled buttons. */
  readonly problem: string | null;
}

export function PrintButtons({ estimate, date, problem }: PrintButtonsProps) {
  const { printing, print } = usePrintSheet();
  const reasonId = useId();
  const off = estimate === null;
  const describedBy = off ? reasonId : undefined;
  const download = () => {
    if (estimate) downloadText(estimateFileName(estimate.input.customer, date, 'csv'), estimateCsv(estimate));
  };
  const sheet =
    estimate && printing
      ? createPortal(
          <div data-print-sheet={printing}>
            {printing === 'customer' ? (
              <CustomerSheet estimate={estimate} date={date} />
            ) : (
              <InternalSheet estimate={estimate} date={date} />
            )}
          </div>,
          document.body,
        )
      : null;
  return (
    <div role="group" aria-label="Outputs" className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={off}
          aria-describedby={describedBy}
          onClick={() => print('customer')}
        >
          Print for the customer
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={off}
          aria-describedby={describedBy}
          onClick={() => print('internal')}
        >
          Print internal
        </button>
        <button type="button" className={buttonClass} disabled={off} aria-describedby={describedBy} onClick={download}>
          Download CSV
        </button>
      </div>
      {off ? (
        <p id={reasonId} className="text-sm text-slate-700 dark:text-slate-300">
          {problem ?? 'The estimate does not price yet.'}
        </p>
      ) : null}
      {sheet}
    </div>
  );
}
