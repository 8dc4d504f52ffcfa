/** Every step of one bill line: the normalized request, the input-type rule, the prices, the checks. */
import {
  CHARGE_FIELD_NAMES,
  modelLabel,
  type CardSet,
  type NormalizedEnvelope,
  type Quote,
  type ResultCheck,
} from '../../../engine';
import { Calculation } from '../../../components/quote-view/calculation';
import { Notices } from '../../../components/quote-view/notices';
import { Money } from '../../../components/ui/money';
import { Panel } from '../../../components/ui/panel';
import { formatPercent, formatUsd } from '../../../lib/format-money';

const th = 'border-b border-slate-200 py-1 pr-3 text-left font-medium align-top dark:border-slate-700';
const td = 'border-b border-slate-100 py-1 align-top dark:border-slate-800';
// Read as the charge or Kling's answer (or named as misplaced), never ignored.
const READ_ELSEWHERE = new Set<string>([...CHARGE_FIELD_NAMES, 'response', 'task_result', 'videos']);

function RequestTable({ envelope, set }: { readonly envelope: NormalizedEnvelope; readonly set: CardSet }) {
  const r = envelope.request;
  const defaulted = (field: string) => (envelope.defaulted.includes(field) ? ' (absent: Kling’s default)' : '');
  const ignored = envelope.ignoredFields.filter((field) => !READ_ELSEWHERE.has(field));
  const rows: Array<[string, string]> = [
    // As people know it, with the id the request gave: "Kling 3.0 · kling-v3".
    ['Model', modelLabel(set, r.model)],
    ['Mode', `${r.mode}${defaulted('mode')}`],
    ['Duration', `${r.durationSeconds} s`],
    ['Resolution', `${r.resolution}${defaulted('resolution')}`],
    ['Input type', `${r.inputType}: rule ${envelope.derivation.rule}, ${envelope.derivation.reason}`],
    [
      'References',
      `${envelope.stills} still${envelope.stills === 1 ? '' : 's'}, ` +
        `${envelope.videos} video${envelope.videos === 1 ? '' : 's'}`,
    ],
    ['Audio', envelope.audioFrom ? `requested (${envelope.audioFrom})` : 'not requested'],
    ['Ignored fields', ignored.length > 0 ? ignored.join(', ') : 'none'],
  ];
  return (
    <table className="w-full text-sm" data-testid="normalized-request">
      <caption className="mb-1 text-left font-medium">Normalized request</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row" className={th}>
              {k}
            </th>
            <td className={td}>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Checks({ checks }: { readonly checks: readonly ResultCheck[] }) {
  return (
    <table className="w-full text-sm" data-testid="result-checks">
      <caption className="mb-1 text-left font-medium">Expected against the task result</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Check
          </th>
          <th scope="col" className={th}>
            Expected
          </th>
          <th scope="col" className={th}>
            Task result
          </th>
          <th scope="col" className={th}>
            Verdict
          </th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={c.label}>
            <th scope="row" className={th}>
              {c.label}
            </th>
            <td className={td}>{c.expected}</td>
            <td className={td}>{c.actual}</td>
            <td className={`${td} ${c.matches ? '' : 'font-semibold text-red-700 dark:text-red-400'}`}>
              {c.matches ? 'Matches. ' : 'Mismatch. '}
              {c.explanation}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExplanationView({
  envelope,
  quote,
  checks,
  set,
}: {
  readonly envelope: NormalizedEnvelope;
  /** The cards it was priced with: they name its model. */
  readonly set: CardSet;
  readonly quote: Quote;
  readonly checks: readonly ResultCheck[] | null;
}) {
  const used = quote.vendor.used;
  return (
    <div className="flex flex-col gap-4">
      <Panel title="The bill line" headingId="bill-heading">
        <dl className="grid gap-3 sm:grid-cols-3">
          <div>
            <dt className="text-sm">Internal price, as billed ({quote.internal.asBilled.resolution})</dt>
            <dd className="text-2xl font-semibold">
              <Money value={quote.internal.asBilled.usd} testId="explain-internal-usd" />
            </dd>
            <dd className="text-sm">
              At {quote.internal.atRequested.resolution} if billing honoured resolution:{' '}
              <Money value={quote.internal.atRequested.usd} testId="explain-internal-usd-honored" />
            </dd>
          </div>
          <div>
            <dt className="text-sm">Vendor cost ({used.cardTitle})</dt>
            <dd className="text-2xl font-semibold">
              {used.status === 'priced' ? <Money value={used.usd} testId="explain-vendor-usd" /> : 'Unavailable'}
            </dd>
            {used.status === 'priced' && used.units !== null ? (
              <dd className="text-sm">{used.units} units expected</dd>
            ) : null}
          </div>
          <div>
            <dt className="text-sm">Margin</dt>
            <dd className="text-2xl font-semibold">
              {quote.margin ? `${formatUsd(quote.margin.usd)} (${formatPercent(quote.margin.pct)})` : 'Unknown'}
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-sm" data-testid="explain-input-type">
          Input type <strong>{quote.request.inputType}</strong>: {envelope.derivation.reason}.
        </p>
      </Panel>
      <Panel title="How it was read" headingId="read-heading">
        <RequestTable envelope={envelope} set={set} />
      </Panel>
      {checks ? (
        <Panel title="Task result" headingId="result-heading">
          <Checks checks={checks} />
        </Panel>
      ) : null}
      <Panel title="Warnings" headingId="explain-warnings-heading">
        <Notices notices={quote.notices} />
      </Panel>
      <Calculation asBilled={quote.internal.asBilled} atRequested={quote.internal.atRequested} vendor={used} open />
    </div>
  );
}
