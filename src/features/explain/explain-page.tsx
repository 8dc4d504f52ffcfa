/** Explain a charge and price files of envelopes (SPEC §4.3), on its own route chunk. */
import { CardsGate } from '../../components/cards-gate';
import { ExplainWorkspace } from './explain-workspace';

export default function ExplainPage() {
  return <CardsGate>{(set) => <ExplainWorkspace set={set} />}</CardsGate>;
}
