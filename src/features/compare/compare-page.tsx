/** Compare at scale (SPEC §4.2), loaded on its own route chunk. */
import { useState } from 'react';
import { checkEachCardChoices } from '../../components/request-form/check-each-card-choices';
import { IgnoredNotice } from '../../components/ui/ignored-notice';
import { CardsGate } from '../../components/cards-gate';
import { parseCompareUrl } from './compare-state';
import { CompareWorkspace } from './compare-workspace';
import { pageSearch } from '../../lib/page-address';

export default function ComparePage() {
  const [search] = useState(pageSearch);
  return (
    <CardsGate>
      {(set) => {
        const { scenario, ignored } = parseCompareUrl(search);
        const configs = checkEachCardChoices(scenario.configs, set, (i) => `configuration ${i + 1}`);
        return (
          <>
            <IgnoredNotice ignored={[...ignored, ...configs.ignored]} />
            <CompareWorkspace set={set} initial={{ ...scenario, configs: configs.items }} />
          </>
        );
      }}
    </CardsGate>
  );
}
