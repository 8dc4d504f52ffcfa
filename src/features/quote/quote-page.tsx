/** The Quote screen (SPEC §4.1, §8): reads the URL once, shows what was ignored. */
import { useState } from 'react';
import { initialValues } from '../../components/request-form/initial-values';
import { IgnoredNotice } from '../../components/ui/ignored-notice';
import { CardsGate } from '../../components/cards-gate';
import { QuoteWorkspace } from './quote-workspace';
import { parseServiceLines } from './service-lines';
import { readAsOfParam } from './as-of';
import { pageSearch } from '../../lib/page-address';

export function QuotePage() {
  const [search] = useState(pageSearch);
  return (
    <CardsGate>
      {(set, view) => {
        const { values, ignored } = initialValues(search, set);
        const services = parseServiceLines(search);
        const asOf = readAsOfParam(search, ignored);
        return (
          <>
            <IgnoredNotice ignored={[...ignored, ...services.ignored]} />
            <QuoteWorkspace
              set={set}
              own={view.own}
              whatIf={view.whatIf}
              initial={values}
              initialLines={services.lines}
              initialAsOf={asOf}
            />
          </>
        );
      }}
    </CardsGate>
  );
}
