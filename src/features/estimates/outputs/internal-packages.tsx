/** The internal sheet's prepaid packages: the mix for every line's units over the period, window by window. */
import type { EstimateRecord } from '../../../engine';
import { formatCount, formatUsd, formatUsdExact } from '../../../lib/format-money';
import { sheetH2, sheetSection } from './sheet-parts';

type Packages = EstimateRecord['packages'];

function mixText(packages: Packages): string {
  return packages.length === 0 ? 'none' : packages.map((p) => `${p.count} × ${p.label}`).join('; ');
}

function unitsText(bought: string, used: string, forfeited: string): string {
  return `${formatCount(bought)} bought, ${formatCount(used)} used, ${formatCount(forfeited)} expire unused`;
}

export function InternalPackages({ record }: { readonly record: EstimateRecord }) {
  const windows = record.package_windows;
  const unitCost = record.unit_price_usd === null ? 'no units' : formatUsdExact(record.unit_price_usd);
  const effective = record.effective_unit_price_usd === null ? '—' : formatUsdExact(record.effective_unit_price_usd);
  return (
    <section className={sheetSection} aria-label="Packages">
      <h2 className={sheetH2}>Packages for all lines over the period</h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5">
        <dt className="font-semibold">Mix</dt>
        <dd>{mixText(record.packages)}</dd>
        <dt className="font-semibold">Packages</dt>
        <dd className="tabular-nums">{formatUsd(record.packages_usd)}</dd>
        <dt className="font-semibold">Units</dt>
        <dd className="tabular-nums">{unitsText(record.units_bought, record.units_used, record.units_forfeited)}</dd>
        <dt className="font-semibold">Unit price</dt>
        <dd className="tabular-nums">
          {unitCost} a unit in this estimate (package: {record.package}); the mix's is {effective} (packages ÷ units
          used)
        </dd>
        <dt className="font-semibold">Concurrency</dt>
        <dd>{record.concurrency === null ? '—' : `${record.concurrency} tasks at a time`}</dd>
      </dl>
      {windows.length > 1 ? (
        <ul className="mt-1 list-disc pl-5">
          {windows.map((w) => (
            <li key={w.from_month}>
              {w.months === 1 ? `Month ${w.from_month}` : `Months ${w.from_month}–${w.from_month + w.months - 1}`}:{' '}
              {mixText(w.packages)}, {formatUsd(w.packages_usd)}; units{' '}
              {unitsText(w.units_bought, w.units_used, w.units_forfeited)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
