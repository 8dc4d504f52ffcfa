/** The right-hand column: the verdict, the customer's explanation, then every step; or why there is none. */
import { verdictLines } from '../charge-verdict';
import type { Explanation } from '../explain-model';
import { CustomerPanel } from './customer-panel';
import { ExplanationView } from './explanation-view';
import { VerdictPanel } from './verdict-panel';

const warningBox =
  'rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';

interface ExplainResultsProps {
  readonly result: Explanation;
  /** Changes with every input: the customer panel starts afresh (no stale copy box). */
  readonly resetKey: number;
}

export function ExplainResults({ result, resetKey }: ExplainResultsProps) {
  if (result.kind === 'ok') {
    const { check, quote, pricedOn } = result;
    return (
      <div className="flex flex-col gap-4">
        <VerdictPanel lines={verdictLines(check?.usd ?? null, check?.units ?? null, quote, pricedOn)} />
        <CustomerPanel key={resetKey} result={result} />
        <ExplanationView envelope={result.envelope} quote={quote} checks={result.durations} set={result.set} />
      </div>
    );
  }
  if (result.kind === 'error' && result.stage === 'date')
    return (
      <p role="alert" className={warningBox}>
        {result.message}
      </p>
    );
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {result.kind === 'empty'
        ? 'Paste an envelope to see how it is priced.'
        : 'Nothing to explain until the paste can be read.'}
    </p>
  );
}
