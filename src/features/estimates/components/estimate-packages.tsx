/**
 * The prepaid packages for every line's Kling units together over the period (SPEC §9): the
 * cheapest mix, bought at the start of each validity window, what expires unused, the unit
 * price the vendor cost is taken at, and the pace the packages' concurrency allows.
 */
import type { EstimateRecord } from '../../../engine';
import { formatCount, formatUsd, formatUsdExact } from '../../../lib/format-money';

type Bought = EstimateRecord['packages'];

function BoughtList({ items }: { readonly items: Bought }) {
  if (items.length === 0) return <p className="text-sm">Nothing to buy.</p>;
  return (
    <ul className="list-inside list-disc text-sm">
      {items.map((p) => (
        <li key={p.id}>
          {p.count} × {p.label}
        </li>
      ))}
    </ul>
  );
}

export function EstimatePackages({ record }: { readonly record: EstimateRecord }) {
  const windows = record.package_windows;
  const days = windows.length > 0 ? windows[0].months * 30 : 90;
  const pace = record.throughput;
  const at =
    record.package === 'cheapest'
      ? 'the cheapest mix (what the packages cost ÷ units used)'
      : `the package chosen (${record.package})`;
  return (
    <div className="flex flex-col gap-3 text-sm" data-testid="estimate-packages">
      <p>
        {formatCount(record.units_used)} Kling units over {record.months} {record.months === 1 ? 'month' : 'months'},
        every line together.
      </p>
      {windows.length <= 1 ? (
        <div>
          <h3 className="font-medium">Bought at the start</h3>
          <BoughtList items={record.packages} />
        </div>
      ) : (
        <div className="flex flex-col gap-2">
          <h3 className="font-medium">Bought at the start of each {days}-day window</h3>
          {windows.map((w) => {
            const to = w.from_month + w.months - 1;
            return (
              <div key={w.from_month}>
                <p>
                  {w.months === 1 ? `Month ${w.from_month}` : `Months ${w.from_month}–${to}`}:{' '}
                  {formatUsd(w.packages_usd)}
                </p>
                <BoughtList items={w.packages} />
              </div>
            );
          })}
        </div>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>Packages cost</dt>
        <dd className="font-semibold tabular-nums" data-testid="packages-usd">
          {formatUsd(record.packages_usd)}
        </dd>
        <dt>Units bought / used</dt>
        <dd className="tabular-nums">
          {formatCount(record.units_bought)} / {formatCount(record.units_used)}
        </dd>
        <dt>Expire unused</dt>
        <dd className="tabular-nums" data-testid="units-forfeited">
          {formatCount(record.units_forfeited)}
        </dd>
        <dt>Effective unit price</dt>
        <dd className="tabular-nums">
          {record.effective_unit_price_usd === null ? '—' : `${formatUsdExact(record.effective_unit_price_usd)} a unit`}
        </dd>
        <dt>Vendor cost taken at</dt>
        <dd>
          {at}: {record.unit_price_usd === null ? 'no Kling units' : `${formatUsdExact(record.unit_price_usd)} a unit`}
        </dd>
        {pace && record.concurrency !== null ? (
          <>
            <dt>Concurrency</dt>
            <dd>
              {record.concurrency} at a time: {formatCount(String(pace.tasks_per_month))} tasks a month at{' '}
              {pace.generation_seconds} s each take {pace.hours_per_month} hours
              {pace.fits ? ' (fits in a month)' : ', more than a month has'}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
