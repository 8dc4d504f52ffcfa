/** "Alternatives": every model × mode that can make the current request, ranked. */
import { useId, useState } from 'react';
import {
  alternatives,
  DecimalStringSchema,
  modelLabel,
  type CardSet,
  type Ordering,
  type QuoteRequest,
} from '../../../engine';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import { MarginFigure } from '../../../components/margin-figure';
import { formatUsd } from '../../../lib/format-money';
import { ScrollTable } from '../../../components/ui/scroll-table';

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const ORDER_LABELS: Record<Ordering, string> = {
  'cheapest-vendor': 'Cheapest vendor cost',
  'best-margin': 'Best margin',
  quality: 'Quality tier, then cheapest',
};

export default function AlternativesPanel({ request, set }: { readonly request: QuoteRequest; readonly set: CardSet }) {
  const id = useId().replace(/:/g, '');
  const [ordering, setOrdering] = useState<Ordering>('cheapest-vendor');
  const [max, setMax] = useState('');
  const maxError =
    max.trim() === '' || DecimalStringSchema.safeParse(max.trim()).success
      ? undefined
      : 'An amount such as 1.50, or nothing.';
  const need = {
    minResolution: request.resolution,
    audio: request.audio,
    inputType: request.inputType,
    durationSeconds: request.durationSeconds,
    ...(max.trim() && !maxError ? { maxClipUsd: max.trim() } : {}),
  };
  const { ranked, excluded } = alternatives(need, set, ordering);
  return (
    <div className="mt-3 flex flex-col gap-3 text-sm">
      <p>
        Clips of {request.durationSeconds} s at {request.resolution} or better, input {request.inputType},{' '}
        {request.audio ? 'with' : 'without'} audio.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-order`} label="Rank by">
          <select
            id={`${id}-order`}
            className={controlClass}
            value={ordering}
            onChange={(e) => setOrdering(e.target.value as Ordering)}
          >
            {Object.entries(ORDER_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-max`} label="Most a clip may cost (USD, internal price)" error={maxError}>
          <input
            id={`${id}-max`}
            className={controlClass}
            inputMode="decimal"
            value={max}
            aria-invalid={maxError ? true : undefined}
            aria-describedby={fieldDescribedBy(`${id}-max`, maxError)}
            onChange={(e) => setMax(e.target.value)}
          />
        </Field>
      </div>
      <ScrollTable caption={`${ranked.length} option${ranked.length === 1 ? '' : 's'}`} captionId="alternatives-c">
        <table className="w-full" data-testid="alternatives" aria-labelledby="alternatives-c">
          <thead>
            <tr>
              <th scope="col" className={th}>
                Model and mode
              </th>
              <th scope="col" className={th}>
                Quality
              </th>
              <th scope="col" className={`${th} text-right`}>
                Internal
              </th>
              <th scope="col" className={`${th} text-right`}>
                Vendor
              </th>
              <th scope="col" className={`${th} text-right`}>
                Margin
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((o) => (
              <tr key={`${o.model}-${o.mode}`}>
                <th scope="row" className={`${th} font-normal`}>
                  {modelLabel(set, o.model)} {o.mode}
                </th>
                <td className="border-b border-slate-100 px-2 py-1 dark:border-slate-800">{o.quality.name}</td>
                <td className={td}>{formatUsd(o.internalUsd)}</td>
                <td className={td}>{formatUsd(o.vendorUsd)}</td>
                <td className={td}>
                  <MarginFigure usd={o.marginUsd} pct={o.marginPct} ofUsd={o.internalUsd} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <details>
        <summary className="cursor-pointer">Excluded ({excluded.length}), with the reason</summary>
        <ul className="mt-2 list-disc pl-5" data-testid="alternatives-excluded">
          {excluded.map((e) => (
            <li key={`${e.model}-${e.mode}`}>
              <span className="font-mono">
                {e.model} {e.mode}
              </span>
              : {e.reason}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
