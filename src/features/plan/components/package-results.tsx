/** The cheapest package mix for the volume, what expires unused, and the concurrency limit. */
import type { packageFigures } from '../plan-figures';
import { downloadText, toCsv } from '../../../lib/csv';
import { formatCount, formatUsd, formatUsdExact } from '../../../lib/format-money';
import { exportButton } from './budget-results';

type Figures = ReturnType<typeof packageFigures>;
const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const num = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function PackageResults({
  figures,
  days,
  generationSeconds,
}: {
  readonly figures: Figures;
  readonly days: number;
  readonly generationSeconds: number;
}) {
  if (!figures.ok)
    return (
      <p role="status" className="text-sm">
        No package plan: {figures.reason}.
      </p>
    );
  const { mix, pace } = figures;
  if (!mix.ok)
    return (
      <p role="status" className="text-sm">
        No package plan: {mix.reason}.
      </p>
    );
  const csv = () =>
    toCsv([
      ['package', 'count', 'price_usd', 'units', 'validity_days'],
      ...mix.items.map((i) => [i.label, i.count, i.priceUsd, i.units, i.validityDays ?? '']),
      ['total', '', mix.totalUsd, mix.unitsBought, ''],
      ['units used', '', '', mix.unitsUsed, ''],
      ['units expiring unused', '', '', mix.unitsExpiring, ''],
      ['effective unit price', '', mix.effectiveUnitPriceUsd, '', ''],
    ]);
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>
        {formatCount(String(figures.totalClips))} clips over {days} days × {formatCount(figures.unitsPerClip)} units (
        {figures.cardTitle}) = <strong>{formatCount(figures.unitsNeeded)} units</strong>.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full" data-testid="package-mix">
          <caption className="mb-2 text-left font-medium">Cheapest mix of prepaid packages</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Package
              </th>
              <th scope="col" className={`${th} text-right`}>
                Count
              </th>
              <th scope="col" className={`${th} text-right`}>
                Price each
              </th>
              <th scope="col" className={`${th} text-right`}>
                Units each
              </th>
              <th scope="col" className={`${th} text-right`}>
                Valid
              </th>
            </tr>
          </thead>
          <tbody>
            {mix.items.map((i) => (
              <tr key={i.packageId}>
                <th scope="row" className={`${th} font-normal`}>
                  {i.label}
                </th>
                <td className={td}>{i.count}</td>
                <td className={td}>{formatUsd(i.priceUsd)}</td>
                <td className={td}>{formatCount(String(i.units))}</td>
                <td className={td}>{i.validityDays ? `${i.validityDays} days` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        <dt>Total</dt>
        <dd data-testid="package-total" className="font-semibold tabular-nums">
          {formatUsd(mix.totalUsd)}
        </dd>
        <dt>Effective unit price</dt>
        <dd className="tabular-nums">{formatUsdExact(mix.effectiveUnitPriceUsd)} per unit used</dd>
        <dt>Units bought / used</dt>
        <dd className="tabular-nums">
          {formatCount(mix.unitsBought)} / {formatCount(mix.unitsUsed)}
        </dd>
        <dt>Units that expire unused (forfeited)</dt>
        <dd data-testid="units-expiring" className="tabular-nums">
          {formatCount(mix.unitsExpiring)}
        </dd>
        <dt>Concurrency limit</dt>
        <dd>{mix.concurrency ?? '—'} tasks at a time (set by the highest package; buying more does not raise it)</dd>
        {pace ? (
          <>
            <dt>Throughput at {generationSeconds} s a clip</dt>
            <dd>
              {num.format(pace.clipsPerHour)} clips an hour: {num.format(pace.hoursNeeded)} hours for the volume,{' '}
              {pace.fits ? (
                `which fits in ${days} days`
              ) : (
                <strong>more than the {days} days: raise concurrency or spread the volume</strong>
              )}
              .
            </dd>
          </>
        ) : null}
      </dl>
      {mix.notes.map((n) => (
        <p key={n} className="text-slate-700 dark:text-slate-300">
          {n}
        </p>
      ))}
      <button
        type="button"
        className={`${exportButton} self-start`}
        aria-label="Export the package plan (CSV)"
        onClick={() => downloadText('kling-package-plan.csv', csv())}
      >
        Export (CSV)
      </button>
    </div>
  );
}
