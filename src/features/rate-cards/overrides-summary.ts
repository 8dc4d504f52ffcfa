/** A set of overrides as one line each, for a person deciding whether to replace them. */
import type { Overrides } from '../../engine';

export function summarizeOverrides(o: Overrides): string[] {
  const lines = [
    ...Object.entries(o.modelMultipliers).map(([model, value]) => `Multiplier for ${model}: ${value}`),
    ...o.customVendorRates.map((r) => `Custom vendor rate for ${r.model}: ${r.usdPerSecond} USD per second`),
    ...Object.entries(o.servicePricesUsd ?? {}).map(([service, usd]) => `Service price for ${service}: ${usd} USD`),
  ];
  if (o.vendorDiscountPct !== null) lines.push(`Discount on vendor cost: ${o.vendorDiscountPct} %`);
  return lines.length > 0 ? lines : ['No overrides'];
}
