/** The steps of "Show the calculation", straight from the engine's result (loaded when opened). */
import { internalSteps, vendorSteps, type InternalPrice, type Step, type VendorQuote } from '../../engine';
import { formatUsdExact } from '../../lib/format-money';

/** The class of an exact amount in the running text. */
const mono = 'font-mono';

function Steps({ caption, steps }: { readonly caption: string; readonly steps: readonly Step[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-700">
          <th scope="col" className="py-1 pr-2 font-medium">
            Factor
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            Value
          </th>
          <th scope="col" className="py-1 font-medium">
            Source
          </th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.key} className="border-b border-slate-100 align-top dark:border-slate-800">
            <th scope="row" className="py-1 pr-2 font-normal">
              {s.label}
            </th>
            <td className="py-1 pr-2 font-mono tabular-nums">{s.value}</td>
            <td className="py-1 text-slate-600 dark:text-slate-400">{s.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function InternalSteps({ title, price }: { readonly title: string; readonly price: InternalPrice }) {
  const limit = price.clamp.applied === 'cap' ? `$${price.clamp.maxUsd} cap` : `$${price.clamp.minUsd} floor`;
  const clamp = price.clamp.applied
    ? `The ${limit} applies: charged ${formatUsdExact(price.usd)} ` +
      `instead of ${formatUsdExact(price.clamp.unclampedUsd)}.`
    : `Within $${price.clamp.minUsd}–$${price.clamp.maxUsd}: no clamp.`;
  return (
    <div className="flex flex-col gap-1">
      <Steps caption={title} steps={internalSteps(price)} />
      <p className="text-sm">
        Product: <span className={mono}>{formatUsdExact(price.rawUsd)}</span>, rounded {price.rounding.mode} once to the
        cent: <span className={mono}>{formatUsdExact(price.rounding.roundedUsd)}</span>. {clamp}
      </p>
    </div>
  );
}

export interface CalculationProps {
  readonly asBilled: InternalPrice;
  readonly atRequested: InternalPrice;
  readonly vendor: VendorQuote;
}

export default function CalculationBody({ asBilled, atRequested, vendor }: CalculationProps) {
  return (
    <div className="mt-3 flex flex-col gap-4">
      <InternalSteps
        title={`Internal price as billed (${asBilled.resolution}), card ${asBilled.card.id}@${asBilled.card.version}`}
        price={asBilled}
      />
      <InternalSteps
        title={`Internal price at the requested ${atRequested.resolution} (if billing honoured resolution)`}
        price={atRequested}
      />
      {vendor.status === 'priced' ? (
        <div className="flex flex-col gap-1">
          <Steps
            caption={`Vendor cost, ${vendor.cardTitle} (${vendor.card.version}), row "${vendor.row.label}"`}
            steps={vendorSteps(vendor)}
          />
          <p className="text-sm">
            Vendor cost: <span className={mono}>{formatUsdExact(vendor.usd)}</span>, exact (not rounded). Source:{' '}
            {vendor.source}.
          </p>
        </div>
      ) : (
        <p className="text-sm">
          Vendor cost unavailable on {vendor.cardTitle}: {vendor.reason}.
        </p>
      )}
    </div>
  );
}
