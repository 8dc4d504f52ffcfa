/** Compare at scale (SPEC §4.2), loaded on its own route chunk. */
import { useState } from 'react';
import { checkCardChoices } from '../../components/request-form/initial-values';
import { IgnoredNotice } from '../../components/ui/ignored-notice';
import { CardsGate } from '../../components/cards-gate';
import { parseCompareUrl } from './compare-state';
import { CompareWorkspace } from './compare-workspace';

export default function ComparePage() {
  const [search] = useState(() => window.location.search);
  return (
    <CardsGate>
      {(set) => {
        const { scenario, ignored } = parseCompareUrl(search);
        const configs = scenario.configs.map((c, i) => {
          const checked = checkCardChoices(c.values, set);
          ignored.push(...checked.ignored.map((what) => `configuration ${i + 1}: ${what}`));
          return { ...c, values: checked.values };
        });
        return (
          <>
            <IgnoredNotice ignored={ignored} />
            <CompareWorkspace set={set} initial={{ ...scenario, configs }} />
          </>
        );
      }}
    </CardsGate>
  );
}
