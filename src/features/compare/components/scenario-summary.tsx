/** Per configuration: price per clip and per kept clip, and anything that could not be priced. */
import { costAtVolume, type VolumeAssumptions } from '../../../engine';
import { Panel } from '../../../components/ui/panel';
import { formatUsd } from '../../../lib/format-money';
import type { PricedConfig } from '../scenario-rows';

export function ScenarioSummary({
  priced,
  assumptions,
}: {
  readonly priced: readonly PricedConfig[];
  readonly assumptions: VolumeAssumptions;
}) {
  return (
    <Panel title="Per clip" headingId="per-clip-heading">
      <ul className="flex flex-col gap-2 text-sm">
        {priced.map((p) => {
          if (!p.quote)
            return (
              <li key={p.label}>
                {p.label}: {p.error}
              </li>
            );
          const kept = costAtVolume(p.quote, 1000, assumptions);
          const used = p.quote.vendor.used;
          return (
            <li key={p.label}>
              <span className="font-medium">{p.label}</span>: our price {formatUsd(p.quote.internal.charged.usd)} a clip
              {used.status === 'priced'
                ? `, vendor cost ${formatUsd(used.usd)} a clip (${used.cardTitle})`
                : `, vendor cost unavailable (${used.reason})`}
              ; per kept clip {formatUsd(kept.internalPerKeptUsd)} our price
              {kept.vendorPerKeptUsd ? `, ${formatUsd(kept.vendorPerKeptUsd)} vendor cost` : ''}.
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
