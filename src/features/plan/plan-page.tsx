/** Plan (SPEC §4.4): budget and prepaid packages, loaded on its own route chunk. */
import { useState } from 'react';
import { checkCardChoices } from '../../components/request-form/initial-values';
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
        const lines = state.lines.map((line, i) => {
          const checked = checkCardChoices(line.values, set);
          ignored.push(...checked.ignored.map((what) => `line ${i + 1}: ${what}`));
          return { ...line, values: checked.values };
        });
        const clip = checkCardChoices(state.packageClip, set);
        ignored.push(...clip.ignored.map((what) => `package clip: ${what}`));
        return (
          <>
            <IgnoredNotice ignored={ignored} />
            <PlanWorkspace set={set} initial={{ ...state, lines, packageClip: clip.values }} />
          </>
        );
      }}
    </CardsGate>
  );
}
