/** The margin map (SPEC §10), on its own route chunk: where the card loses money, and the multiplier that fixes it. */
import { useState } from 'react';
import { CardsGate } from '../../components/cards-gate';
import { IgnoredNotice } from '../../components/ui/ignored-notice';
import { MarginsWorkspace } from './margins-workspace';
import { parseMarginsUrl } from './margins-state';
import { pageSearch } from '../../lib/page-address';

export default function MarginsPage() {
  const [{ state, ignored }] = useState(() => parseMarginsUrl(pageSearch()));
  return (
    <CardsGate>
      {(set) => (
        <>
          <IgnoredNotice ignored={ignored} />
          <MarginsWorkspace set={set} initial={state} />
        </>
      )}
    </CardsGate>
  );
}
