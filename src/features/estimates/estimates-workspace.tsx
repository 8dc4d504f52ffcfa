/**
 * The Estimates screen: the terms and lines on one side, the figures on the other, then the
 * packages, the budget, the account balance and the saved estimates. The form's draft is the
 * one state; the engine prices the file it says, on every change.
 */
import { useMemo, useState } from 'react';
import { useToday } from '../../lib/use-today';
import { toEstimateRecord, type CardSet, type EstimateFile } from '../../engine';
import { Panel } from '../../components/ui/panel';
import { useFragmentText } from '../../lib/use-fragment-text';
import { BalancePanel } from './components/balance-panel';
import { BudgetSection } from './components/budget-section';
import { EstimateNotes } from './components/estimate-notes';
import { EstimatePackages } from './components/estimate-packages';
import { EstimateHeadlines, LineFigures } from './components/estimate-totals';
import { IssueSummary } from './components/issue-summary';
import { LineList } from './components/line-list';
import { ShareLink } from './components/share-link';
import { PrintButtons } from './outputs/print-buttons';
import { SavedEstimatesPanel } from './saved/saved-estimates-panel';
import { TermsFields } from './components/terms-fields';
import { fileToDraft } from './draft-file';
import { defaultDraft, type EstimateDraft } from './estimate-draft';
import { LINK_PARAM, LINK_WORDS, linkText, readLinkedEstimate } from './estimate-link';
import { priceDraft } from './price-draft';

interface EstimatesWorkspaceProps {
  readonly set: CardSet;
  /** The estimate to start from (an old Plan link); default: the usual ask. */
  readonly initial?: EstimateDraft;
}

export function EstimatesWorkspace({ set, initial }: EstimatesWorkspaceProps) {
  const [draft, setDraft] = useState<EstimateDraft>(() => initial ?? defaultDraft());
  const today = useToday();
  const priced = useMemo(() => priceDraft(draft, set), [draft, set]);
  const issues = priced.ok ? [] : priced.issues;
  const record = priced.ok ? toEstimateRecord(priced.estimate) : null;

  const link = useFragmentText(LINK_PARAM, LINK_WORDS, (text) => {
    const file = readLinkedEstimate(text);
    if (file) setDraft(fileToDraft(file));
    return file !== null;
  });
  // An edit makes a shared link stale: it leaves the address bar until shared again.
  const edit = (change: (d: EstimateDraft) => EstimateDraft) => {
    setDraft(change);
    link.clear();
  };
  const open = (file: EstimateFile) => {
    setDraft(fileToDraft(file));
    link.clear();
  };

  const customer = draft.customer.trim() || 'a customer';
  const problem = priced.ok ? null : 'Correct the estimate first.';
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 className="text-lg font-semibold">Estimate for {customer}</h2>
        <div className="flex flex-wrap items-start gap-3">
          <PrintButtons estimate={priced.ok ? priced.estimate : null} date={today} problem={problem} />
          <ShareLink write={() => (priced.ok ? link.write(linkText(priced.file)) : null)} problem={problem} />
        </div>
      </div>
      {link.problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {link.problem}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] [&>*]:min-w-0">
        <div className="flex flex-col gap-6">
          <Panel title="Customer and terms" headingId="estimate-terms-heading">
            <TermsFields set={set} terms={draft} issues={issues} onChange={(t) => edit((d) => ({ ...d, ...t }))} />
          </Panel>
          <Panel title="Lines" headingId="estimate-lines-heading">
            <LineList
              set={set}
              lines={draft.lines}
              budgetOn={draft.budget.on}
              issues={issues}
              onChange={(lines) => edit((d) => ({ ...d, lines }))}
            />
          </Panel>
        </div>
        <div className="flex flex-col gap-6">
          <Panel title="Totals" headingId="estimate-totals-heading">
            <div aria-live="polite">
              <IssueSummary issues={issues} />
              {record ? <EstimateHeadlines record={record} /> : null}
            </div>
          </Panel>
          {record ? (
            <>
              <Panel title="Prepaid packages" headingId="estimate-packages-heading">
                <EstimatePackages record={record} />
              </Panel>
              <Panel title="Notes" headingId="estimate-notes-heading">
                <EstimateNotes warnings={record.warnings} />
              </Panel>
            </>
          ) : null}
        </div>
      </div>
      {record ? (
        <Panel
          title="Each line: our price, the customer's, the vendor's and the margin"
          headingId="estimate-lines-figures"
        >
          <LineFigures record={record} />
        </Panel>
      ) : null}
      <SavedEstimatesPanel current={priced.ok ? priced.file : null} currentProblem={problem} onOpen={open} />
      <Panel title="Budget" headingId="estimate-budget-heading">
        <BudgetSection
          budget={draft.budget}
          estimate={priced.ok ? priced.estimate : null}
          issues={issues}
          onChange={(budget) => edit((d) => ({ ...d, budget }))}
        />
      </Panel>
      <BalancePanel defaultUnitsPerMonth={record ? record.month.vendor_units : '0'} />
    </div>
  );
}
