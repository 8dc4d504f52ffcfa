/**
 * One model's cells of the margin map: a row per mode × references × audio, a column per
 * resolution; each cell its margin (marked against the target) over our price − the vendor cost,
 * and a link that opens that request on the Quote screen.
 */
import { useId } from 'react';
import type { MarginCell, ModelMargin } from '../../../engine';
import { REFERENCE_LABELS } from '../../../components/request-form/quote-form-schema';
import { MarginFlag, standingClass } from '../../../components/ui/margin-flag';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatPercent, formatUsd } from '../../../lib/format-money';
import type { Resolution } from '../../../engine';

interface ModelGridProps {
  readonly model: ModelMargin;
  readonly cells: readonly MarginCell[];
  readonly resolutions: readonly Resolution[];
  /** The Quote screen's link for a cell. */
  readonly quoteHref: (cell: MarginCell) => string;
}

const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right align-top tabular-nums dark:border-slate-800';

const cellLink =
  'block rounded px-1 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ' +
  'dark:hover:bg-slate-800';

const rowKey = (c: MarginCell) => `${c.mode}|${c.input}|${c.audio}`;
const rowLabel = (c: MarginCell) =>
  `${c.mode} · ${REFERENCE_LABELS[c.input].replace(' (text to video)', '')} · ${c.audio ? 'audio' : 'no audio'}`;

function Cell({ cell, href }: { readonly cell: MarginCell; readonly href: string }) {
  const what = `${cell.model} ${rowLabel(cell)} at ${cell.resolution}`;
  return (
    <a
      href={href}
      className={cellLink}
      aria-label={`${what}: margin ${formatUsd(cell.marginUsd)}${cell.marginPct ? ` (${cell.marginPct}%)` : ''}, ${
        cell.standing === 'ok' ? 'meets the target' : cell.standing === 'loss' ? 'a loss' : 'below target'
      }. Open on the Quote screen`}
    >
      <span className={`font-medium ${standingClass(cell.standing)}`}>
        {formatUsd(cell.marginUsd)}
        {cell.marginPct === null ? '' : ` (${formatPercent(cell.marginPct)})`}
      </span>
      <MarginFlag standing={cell.standing} />
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        {formatUsd(cell.internalUsd)} − {formatUsd(cell.vendorUsd)}
      </span>
    </a>
  );
}

export function ModelGrid({ model, cells, resolutions, quoteHref }: ModelGridProps) {
  const id = useId().replace(/:/g, '');
  const rows = new Map<string, MarginCell[]>();
  for (const c of cells) rows.set(rowKey(c), [...(rows.get(rowKey(c)) ?? []), c]);
  const shown = resolutions.filter((r) => cells.some((c) => c.resolution === r));
  return (
    <ScrollTable caption={`${model.name} · ${model.model}: margin (our price − vendor cost)`} captionId={`${id}-c`}>
      <table className="w-full text-sm" aria-labelledby={`${id}-c`}>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Request
            </th>
            {shown.map((r) => (
              <th key={r} scope="col" className={`${th} text-right`}>
                {r}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...rows.values()].map((row) => (
            <tr key={rowKey(row[0])}>
              <th scope="row" className={`${th} font-normal whitespace-nowrap`}>
                {rowLabel(row[0])}
              </th>
              {shown.map((r) => {
                const cell = row.find((c) => c.resolution === r);
                return (
                  <td key={r} className={td}>
                    {cell ? <Cell cell={cell} href={quoteHref(cell)} /> : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
