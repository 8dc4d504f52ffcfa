/** The budget planner and the package planner, with the whole plan in the URL. */
import { useState } from 'react';
import type { CardSet } from '../../engine';
import { ConfigEditor } from '../../components/request-form/config-editor';
import { Panel } from '../../components/ui/panel';
import { useReplaceUrl } from '../../lib/use-replace-url';
import { BalancePanel } from './components/balance-panel';
import { BudgetForm } from './components/budget-form';
import { BudgetResults } from './components/budget-results';
import { LineEditor } from './components/line-editor';
import { PackageForm } from './components/package-form';
import { PackageResults } from './components/package-results';
import { budgetFigures, packageFigures } from './plan-figures';
import { MAX_LINES, toPlanSearch, type PlanState } from './plan-state';

const button =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-600 dark:hover:bg-slate-800 print:hidden';
const detailsClass =
  'rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900';

export function PlanWorkspace({ set, initial }: { readonly set: CardSet; readonly initial: PlanState }) {
  const [state, setState] = useState(initial);
  const [generation, setGeneration] = useState(0);
  useReplaceUrl(toPlanSearch(state));
  const budget = budgetFigures(state, set);
  const packages = packageFigures(state, set);
  const setLines = (lines: PlanState['lines']) => {
    setState((s) => ({ ...s, lines }));
    setGeneration((g) => g + 1);
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex justify-end print:hidden">
        <button type="button" className={button} onClick={() => window.print()}>
          Print this plan
        </button>
      </div>
      <h2 className="text-lg font-semibold">Budget</h2>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
        <div className="flex flex-col gap-4 print:hidden">
          <Panel title="Budget and alerts" headingId="budget-heading">
            <BudgetForm
              initial={{ budgetUsd: state.budgetUsd, against: state.against, thresholds: state.thresholds.join(', ') }}
              onChange={(v) =>
                setState((s) => ({
                  ...s,
                  budgetUsd: v.budgetUsd.trim(),
                  against: v.against,
                  thresholds: v.thresholds.split(',').map((t) => t.trim()),
                }))
              }
            />
          </Panel>
          {state.lines.map((line, i) => (
            <details key={`${generation}-${i}`} className={detailsClass}>
              <summary className="cursor-pointer font-semibold">
                {line.label}: {line.count} clips, priority {line.priority}
              </summary>
              <div className="mt-3 flex flex-col gap-3">
                <LineEditor
                  set={set}
                  line={line}
                  onChange={(next) => setState((s) => ({ ...s, lines: s.lines.map((l, j) => (j === i ? next : l)) }))}
                />
                <button
                  type="button"
                  className={button}
                  onClick={() => {
                    setLines(state.lines.filter((_, j) => j !== i));
                    document.getElementById('add-planned-clips')?.focus();
                  }}
                >
                  Remove {line.label}
                </button>
              </div>
            </details>
          ))}
          {state.lines.length < MAX_LINES ? (
            <button
              id="add-planned-clips"
              type="button"
              className={button}
              onClick={() =>
                setLines([
                  ...state.lines,
                  { ...(state.lines.at(-1) ?? initial.lines[0]), label: `Line ${state.lines.length + 1}` },
                ])
              }
            >
              Add planned clips
            </button>
          ) : null}
        </div>
        <BudgetResults byPriority={budget.byPriority} mostClips={budget.mostClips} alerts={budget.alerts} />
      </div>
      <h2 className="text-lg font-semibold">Prepaid packages</h2>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
        <div className="flex flex-col gap-4 print:hidden">
          <Panel title="Volume" headingId="package-volume-heading">
            <PackageForm
              initial={{
                clipsPerMonth: String(state.clipsPerMonth),
                horizonDays: String(state.horizonDays) as '30' | '60' | '90',
                generationSeconds: String(state.generationSeconds),
              }}
              onChange={(v) =>
                setState((s) => ({
                  ...s,
                  clipsPerMonth: Number(v.clipsPerMonth),
                  horizonDays: Number(v.horizonDays) as 30 | 60 | 90,
                  generationSeconds: Number(v.generationSeconds),
                }))
              }
            />
          </Panel>
          <details className={detailsClass}>
            <summary className="cursor-pointer font-semibold">The clip</summary>
            <div className="mt-3">
              <ConfigEditor
                set={set}
                label="Clip"
                values={state.packageClip}
                onChange={(_label, values) => setState((s) => ({ ...s, packageClip: values }))}
              />
            </div>
          </details>
        </div>
        <Panel title="Packages to buy" headingId="packages-heading">
          <PackageResults figures={packages} days={state.horizonDays} generationSeconds={state.generationSeconds} />
        </Panel>
      </div>
      <h2 className="text-lg font-semibold">Account balance</h2>
      <BalancePanel
        defaultUnitsPerMonth={
          packages.ok ? String(Math.round((Number(packages.unitsNeeded) * 30) / state.horizonDays)) : '0'
        }
      />
    </div>
  );
}
