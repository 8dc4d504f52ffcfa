/** Plan (SPEC §4.4): budget and prepaid packages, loaded on its own route chunk. */
import { useState } from 'react';
import { checkEachCardChoices } from '../../components/request-form/check-each-card-choices';
import { IgnoredNotice } from '../../components/ui/ignored-notice';
import { CardsGate } from '../../components/cards-gate';
import { parsePlanUrl } from './plan-state';
import { PlanWorkspace } from './plan-workspace';

export default function PlanPage() {
  const [search] = useState(() => window.location.search);
  return (
    <CardsGate>
      {(set) => {
        const { state, ignored } = parsePlanUrl(search);
        const lines = checkEachCardChoices(state.lines, set, (i) => `line ${i + 1}`);
        const clip = checkEachCardChoices([{ values: state.packageClip }], set, () => 'package clip');
        return (
          <>
            <IgnoredNotice ignored={[...ignored, ...lines.ignored, ...clip.ignored]} />
            <PlanWorkspace set={set} initial={{ ...state, lines: lines.items, packageClip: clip.items[0].values }} />
          </>
        );
      }}
    </CardsGate>
  );
}
