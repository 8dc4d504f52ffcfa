/** A monthly budget for the estimate's lines (seed 004): what fits by priority, and the alert reached. */
import type { BudgetMeasure, Estimate, EstimateIssue } from '../../../engine';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import type { BudgetDraft } from '../estimate-draft';
import { fieldId, issueAt } from '../price-draft';
import { BudgetResults } from './budget-results';

interface BudgetSectionProps {
  readonly budget: BudgetDraft;
  readonly estimate: Estimate | null;
  readonly issues: readonly EstimateIssue[];
  readonly onChange: (budget: BudgetDraft) => void;
}

const MEASURES: ReadonlyArray<{ value: BudgetMeasure; label: string }> = [
  { value: 'customer', label: "The customer's price" },
  { value: 'internal', label: 'Our list price' },
  { value: 'vendor', label: 'The vendor cost' },
];

export function BudgetSection({ budget, estimate, issues, onChange }: BudgetSectionProps) {
  const onId = fieldId('budget-on');
  const amountId = fieldId('budget.budget_usd');
  const againstId = fieldId('budget.against');
  const alertsId = fieldId('budget.alerts_pct');
  const amountError = issueAt(issues, 'budget.budget_usd');
  const alertsError = issueAt(issues, 'budget.alerts_pct');
  const alertsHint = 'Percentages of the budget, separated by commas.';
  const plan = estimate?.budget ?? null;
  return (
    <div className="flex flex-col gap-4">
      <label htmlFor={onId} className="inline-flex items-center gap-2 text-sm font-medium">
        <input
          id={onId}
          type="checkbox"
          className="h-4 w-4 accent-blue-700"
          checked={budget.on}
          onChange={(e) => onChange({ ...budget, on: e.target.checked, budgetUsd: budget.budgetUsd || '10000' })}
        />
        Plan the lines against a monthly budget
      </label>
      {budget.on ? (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id={amountId} label="Budget a month (USD)" error={amountError}>
              <input
                id={amountId}
                className={controlClass}
                inputMode="decimal"
                autoComplete="off"
                value={budget.budgetUsd}
                aria-invalid={amountError ? true : undefined}
                aria-describedby={fieldDescribedBy(amountId, amountError)}
                onChange={(e) => onChange({ ...budget, budgetUsd: e.target.value })}
              />
            </Field>
            <Field id={againstId} label="Spent on">
              <select
                id={againstId}
                className={controlClass}
                value={budget.against}
                onChange={(e) => onChange({ ...budget, against: e.target.value as BudgetMeasure })}
              >
                {MEASURES.map((m) => (
                  <option key={m.value} value={m.value}>
                    {m.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={alertsId} label="Alerts at (%)" error={alertsError} hint={alertsHint}>
              <input
                id={alertsId}
                className={controlClass}
                autoComplete="off"
                value={budget.alerts}
                aria-invalid={alertsError ? true : undefined}
                aria-describedby={fieldDescribedBy(alertsId, alertsError, alertsHint)}
                onChange={(e) => onChange({ ...budget, alerts: e.target.value })}
              />
            </Field>
          </div>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Each line&apos;s priority is set on the line; higher goes first.
          </p>
          {plan ? <BudgetResults byPriority={plan.byPriority} mostClips={plan.mostClips} alert={plan.alert} /> : null}
        </>
      ) : null}
    </div>
  );
}
