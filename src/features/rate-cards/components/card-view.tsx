/** One loaded card: its source, version and tables, as data. */
import { useId } from 'react';
import type { RateCard } from '../../../engine';
import { ScrollTable } from '../../../components/ui/scroll-table';
import type { VersionStatus } from '../card-versions';
import { InternalCardBody, type Label } from './internal-card-body';

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 dark:border-slate-800';

function Body({ card, label, titleId }: { readonly card: RateCard; readonly label: Label; readonly titleId: string }) {
  const id = useId();
  if (card.kind === 'internal') return <InternalCardBody card={card} label={label} />;
  if (card.kind === 'packages') {
    return (
      <ScrollTable caption="Packages" captionId={id} ownerId={titleId}>
        <table className="w-full text-sm" aria-labelledby={id}>
          <thead>
            <tr>
              {['Package', 'Unit price', 'Price', 'Units', 'Valid', 'Concurrency', 'Once per account'].map((h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {card.packages.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${th} font-normal`}>
                  {p.label}
                </th>
                <td className={td}>${p.unitPriceUsd}</td>
                <td className={td}>{p.purchase ? `$${p.purchase.priceUsd}` : '—'}</td>
                <td className={td}>{p.purchase?.units ?? '—'}</td>
                <td className={td}>{p.purchase?.validityDays ? `${p.purchase.validityDays} days` : '—'}</td>
                <td className={td}>{p.purchase?.concurrency ?? '—'}</td>
                <td className={td}>{p.purchase ? (p.purchase.oncePerAccount ? 'yes' : 'no') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    );
  }
  if (card.kind === 'services') {
    return (
      <ScrollTable caption="Services" captionId={id} ownerId={titleId}>
        <table className="w-full text-sm" aria-labelledby={id}>
          <thead>
            <tr>
              {['Service', 'Units', 'Per', 'Price per unit'].map((h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {card.services.map((s) => (
              <tr key={s.id}>
                <th scope="row" className={`${th} font-normal`}>
                  {s.label}
                </th>
                <td className={td}>{s.units}</td>
                <td className={td}>
                  {s.basis === 'per-block' ? `${s.blockSeconds} s of video` : s.basis.replace('per-', '')}
                </td>
                <td className={td}>{s.usdPerUnit ? `$${s.usdPerUnit} (published)` : 'the package’s'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    );
  }
  const unit = card.unit === 'usd' ? 'USD' : card.unit === 'kling-unit' ? 'units' : 'credits';
  return (
    <ScrollTable
      caption={`Rows (the first that matches prices a request), in ${unit}`}
      captionId={id}
      ownerId={titleId}
    >
      <table className="w-full text-sm" aria-labelledby={id}>
        <thead>
          <tr>
            {['Row', 'Models', 'When', 'Price', 'Durations'].map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {card.rows.map((r) => (
            <tr key={r.id} className="align-top">
              <th scope="row" className={`${th} font-normal`}>
                {r.label}
              </th>
              <td className={`${td} font-mono`}>{r.models.join(', ')}</td>
              <td className={td}>
                {[
                  r.audio === undefined ? '' : r.audio ? 'audio' : 'no audio',
                  r.videoInput === undefined ? '' : r.videoInput ? 'video input' : 'no video input',
                  r.inputs ? `input ${r.inputs.join('/')}` : '',
                  r.modes ? r.modes.join('/') : '',
                ]
                  .filter(Boolean)
                  .join(', ') || 'always'}
              </td>
              <td className={`${td} font-mono`}>
                {r.basis === 'per-second'
                  ? Object.entries(r.rates)
                      .map(([t, v]) => `${t} ${v}/s`)
                      .join(' · ')
                  : r.clips.map((c) => `${c.seconds} s: ${c.amount}`).join(' · ')}
              </td>
              <td className={td}>
                {r.basis === 'per-clip'
                  ? 'fixed clips'
                  : 'options' in r.durations
                    ? `${r.durations.options.join(' or ')} s`
                    : `${r.durations.min}–${r.durations.max} s`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

interface CardViewProps {
  readonly card: RateCard;
  readonly status?: VersionStatus;
  readonly label?: Label;
}

export function CardView({ card, status, label = (m) => m }: CardViewProps) {
  const titleId = useId();
  return (
    <details className="ui-panel">
      <summary className="cursor-pointer">
        <span id={titleId} className="font-semibold">
          {card.title}
        </span>{' '}
        <span className="font-mono text-sm">
          {card.id}@{card.version}
        </span>
        {card.kind === 'vendor' && card.approximate ? <span className="text-sm"> (approximate)</span> : null}
        {status ? <span className="text-sm text-slate-700 dark:text-slate-300"> · {status}</span> : null}
      </summary>
      <div className="mt-3 flex flex-col gap-3">
        <p className="text-sm">
          Source: {card.source}. Currency {card.currency}, rounding {card.rounding}.
        </p>
        {card.notes?.length ? (
          <ul className="list-disc pl-5 text-sm">
            {card.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        <div className="min-w-0">
          <Body card={card} label={label} titleId={titleId} />
        </div>
      </div>
    </details>
  );
}
