/**
 * Estimates (SPEC §9): one customer estimate from a clip mix, with packages, budget and outputs.
 * It replaced the Plan screen: an old Plan link opens here as an estimate.
 */
import { useEffect, useState } from 'react';
import { CardsGate } from '../../components/cards-gate';
import { IgnoredNotice } from '../../components/ui/ignored-notice';
import { EstimatesWorkspace } from './estimates-workspace';
import { planLinkDraft } from './plan-draft';
import { withPageParams } from '../../lib/use-replace-url';
import { pagePath, pageSearch } from '../../lib/page-address';

export const PLAN_PATH = '/plan';

export default function EstimatesPage() {
  const [fromPlan] = useState(() => (pagePath() === PLAN_PATH ? planLinkDraft(pageSearch()) : null));
  useEffect(() => {
    // The address is this screen's: a Plan link is read once, then its query leaves the bar.
    if (window.location.pathname === PLAN_PATH)
      window.history.replaceState(
        null,
        '',
        `/estimates${withPageParams('', window.location.search)}${window.location.hash}`,
      );
  }, []);
  return (
    <CardsGate>
      {(set) => (
        <div className="flex flex-col gap-4">
          {fromPlan ? (
            <>
              <p role="status" className="text-sm">
                The Plan screen is now part of Estimates: this Plan link opened as an estimate, its lines planned
                against its budget.
              </p>
              <IgnoredNotice ignored={fromPlan.ignored} />
            </>
          ) : null}
          <EstimatesWorkspace set={set} initial={fromPlan?.draft} />
        </div>
      )}
    </CardsGate>
  );
}
