/** Seed 003's services added to a quote as lines, each with its vendor units and USD. */
import { useId, useState } from 'react';
import { findServicesCard, priceService, toSeconds, unitPriceForServices, type CardSet } from '../../../engine';
import { controlClass, Field } from '../../../components/ui/field';
import { Notices } from '../../../components/quote-view/notices';
import { formatUsd } from '../../../lib/format-money';
import type { ServiceLineInput } from '../service-lines';
import { ScrollTable } from '../../../components/ui/scroll-table';

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 tabular-nums dark:border-slate-800';
const button = 'ui-button';

interface Props {
  readonly set: CardSet;
  readonly packageId: string;
  readonly lines: readonly ServiceLineInput[];
  readonly onChange: (lines: ServiceLineInput[]) => void;
}

export default function ServiceLinesPanel({ set, packageId, lines, onChange }: Props) {
  const id = useId().replace(/:/g, '');
  const card = findServicesCard(set);
  const [serviceId, setServiceId] = useState(card?.services[0]?.id ?? '');
  const [duration, setDuration] = useState('');
  const [count, setCount] = useState('1');
  if (!card) return <p className="mt-3 text-sm">No services card is loaded.</p>;
  const unitPrice = unitPriceForServices(set, card, packageId);
  // The form always holds a package; its default (list) stands for "none chosen", so that an image line
  // is not flagged until the user picks a package. Any other package is a choice the line must honour or name.
  const chosen = packageId === card.defaultPackage ? undefined : packageId;
  const price = (l: ServiceLineInput) => {
    const durationSeconds = l.duration.trim() ? toSeconds(l.duration) : undefined;
    const input = { durationSeconds, count: l.count.trim() ? Number(l.count) : undefined, packageId: chosen };
    return priceService(card, l.serviceId, input, unitPrice, set.servicePricesUsd?.[l.serviceId]);
  };
  const draft = price({ serviceId, duration, count });
  const label = card.services.find((s) => s.id === serviceId)?.label ?? '';
  const longLabel = label.length > 40 ? label : undefined;
  return (
    <div className="mt-3 flex flex-col gap-3 text-sm">
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        {/* The whole row: labels are long. One the select still cuts is written out in full beneath it. */}
        <div className="sm:col-span-3">
          <Field id={`${id}-service`} label="Service" hint={longLabel}>
            <select
              id={`${id}-service`}
              className={controlClass}
              aria-describedby={longLabel ? `${id}-service-hint` : undefined}
              value={serviceId}
              onChange={(e) => setServiceId(e.target.value)}
            >
              {card.services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field id={`${id}-duration`} label="Seconds (if it takes a duration)">
          <input
            id={`${id}-duration`}
            className={controlClass}
            inputMode="decimal"
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          />
        </Field>
        <Field id={`${id}-count`} label="How many">
          <input
            id={`${id}-count`}
            className={controlClass}
            inputMode="numeric"
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        </Field>
        <button
          type="button"
          className={button}
          disabled={!draft.ok}
          onClick={() => onChange([...lines, { serviceId, duration, count }])}
        >
          Add the line
        </button>
      </div>
      <p role="status">{draft.ok ? `${draft.units} units, ${formatUsd(draft.usd)}` : draft.error}</p>
      {draft.ok && draft.notices.length > 0 ? <Notices notices={draft.notices} /> : null}
      {lines.length > 0 ? (
        // A phone is narrower than the five columns: the table scrolls inside its panel, as elsewhere.
        <ScrollTable caption="Service lines" captionId="service-lines-c">
          <table className="w-full" data-testid="service-lines" aria-labelledby="service-lines-c">
            <thead>
              <tr>
                {['Service', 'Units', 'Vendor', 'Internal'].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {h}
                  </th>
                ))}
                <th scope="col" className={th}>
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => {
                const p = price(l);
                return (
                  <tr key={i}>
                    <th scope="row" className={`${th} font-normal`}>
                      {p.ok ? p.service.label : l.serviceId}
                      {l.duration ? `, ${l.duration} s` : ''}
                      {l.count && l.count !== '1' ? ` × ${l.count}` : ''}
                      {/* In the line's own header cell, so that the warning is read with the line it is about. */}
                      {p.ok && p.notices.length > 0 ? (
                        <div className="mt-1">
                          <Notices notices={p.notices} />
                        </div>
                      ) : null}
                    </th>
                    <td className={td}>{p.ok ? p.units : '—'}</td>
                    <td className={td}>{p.ok ? formatUsd(p.usd) : p.error}</td>
                    <td className={td}>
                      {p.ok
                        ? p.internal.usd === null
                          ? `Unavailable: ${p.internal.reason}`
                          : formatUsd(p.internal.usd)
                        : '—'}
                    </td>
                    <td className={td}>
                      <button
                        type="button"
                        className={button}
                        onClick={() => onChange(lines.filter((_, j) => j !== i))}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </div>
  );
}
