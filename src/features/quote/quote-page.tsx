/** The Quote screen (SPEC §4.1): reads the URL once, shows what was ignored. */
import { useState } from 'react';
import { initialValues } from '../../components/request-form/initial-values';
import { IgnoredNotice } from '../../components/ui/ignored-notice';
import { CardsGate } from '../rate-cards/components/cards-gate';
import { QuoteWorkspace } from './quote-workspace';

export function QuotePage() {
  const [search] = useState(() => window.location.search);
  return (
    <CardsGate>
      {(set) => {
        const { values, ignored } = initialValues(search, set);
        return (
          <>
            <IgnoredNotice ignored={ignored} />
            <QuoteWorkspace set={set} initial={values} />
          </>
        );
      }}
    </CardsGate>
  );
}
