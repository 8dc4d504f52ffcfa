/**
 * A service line of seed 003 (lip-sync, extension, effects, audio, Kolors, try-on): its vendor
 * units and USD. Its internal price is not on the internal card: it is unavailable, never $0.
 */
import { quantity, quantityAsRatio, times, toDecimalString, usd, wholeRatio, type Money } from '../money/money';
import { warning, type Notice, type Step } from './notice';
import { stampOf, type CardStamp } from '../cards/rate-card-common';
import type { Service, ServicesCard } from '../cards/rate-card-services';
import type { UnitPrice } from './vendor-cost';

interface ServiceInput {
  /** Seconds of video (per-block services, and services with a duration range). */
  readonly durationSeconds?: number;
  /** How many tasks or images (default 1). */
  readonly count?: number;
  /** The package the user chose, if any: a warning says when it does not apply to this service. */
  readonly packageId?: string;
}

export type ServiceLine =
  | {
      readonly ok: true;
      readonly service: Service;
      readonly card: CardStamp;
      readonly count: number;
      readonly blocks: number | null;
      readonly units: string;
      readonly unitPriceUsd: string;
      readonly unitPriceSource: string;
      readonly usd: string;
      readonly amount: Money;
      readonly steps: readonly Step[];
      /** Why the chosen package was not used (`package-not-applicable`); empty when it was, or none was chosen. */
      readonly notices: readonly Notice[];
      /** Our price, from an override; else why there is none (never $0). */
      readonly internal:
        { readonly usd: string; readonly reason: null } | { readonly usd: null; readonly reason: string };
    }
  | { readonly ok: false; readonly error: string };

export const SERVICE_NOT_ON_INTERNAL_CARD = 'not on the internal card: set a price with an override';

/**
 * A chosen package that is not the one priced: the service has its own published price, or the package is
 * not sold in the card's unit and the unit price fell back to the default. Said aloud, never silent.
 */
function packageNotice(service: Service, unitPrice: UnitPrice | null, packageId: string | undefined): Notice | null {
  if (!packageId) return null;
  if (service.usdPerUnit) {
    const own = `has its own published price ($${service.usdPerUnit} a unit)`;
    return warning('package-not-applicable', `${service.label} ${own}: package "${packageId}" does not apply.`);
  }
  if (unitPrice && unitPrice.packageId !== packageId) {
    const priced = `${service.label} is priced at ${unitPrice.label}`;
    return warning('package-not-applicable', `Package "${packageId}" is not sold in Kling units: ${priced}.`);
  }
  return null;
}

/**
 * `unitPrice`: the package's, for services priced in Kling units (`unitPriceForServices`).
 * `internalPerUnitUsd`: the user's override, per task, image or block, if any.
 */
export function priceService(
  card: ServicesCard,
  serviceId: string,
  input: ServiceInput,
  unitPrice: UnitPrice | null,
  internalPerUnitUsd?: string,
): ServiceLine {
  const service = card.services.find((s) => s.id === serviceId);
  if (!service)
    return {
      ok: false,
      error: `no service "${serviceId}" on ${card.title} (one of: ${card.services.map((s) => s.id).join(', ')})`,
    };
  const count = input.count ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
    return { ok: false, error: `count must be a whole number from 1 to 1,000,000, got ${count}` };
  const d = input.durationSeconds;
  if ((service.basis === 'per-block' || service.durationSeconds) && d === undefined)
    return { ok: false, error: `${service.label} needs a duration in seconds` };
  if (d !== undefined && !(Number.isFinite(d) && d > 0 && d <= 3600))
    return { ok: false, error: `duration must be a number of seconds > 0 and ≤ 3600, got ${d}` };
  if (
    service.durationSeconds &&
    d !== undefined &&
    (d < service.durationSeconds.min || d > service.durationSeconds.max)
  ) {
    return {
      ok: false,
      error: `${service.label} takes ${service.durationSeconds.min}–${service.durationSeconds.max} s, not ${d} s`,
    };
  }
  const steps: Step[] = [];
  let blocks: number | null = null;
  let each = quantity(service.units);
  if (service.basis === 'per-block' && service.blockSeconds && d !== undefined) {
    blocks = Math.ceil(d / service.blockSeconds);
    steps.push({
      key: 'blocks',
      label: `${service.blockSeconds}-second blocks`,
      value: String(blocks),
      source: `${d} s, a partial block counted as a whole one`,
    });
    each = times(each, wholeRatio(blocks));
  }
  const units = times(each, wholeRatio(count));
  steps.push({
    key: 'units',
    label: 'Units',
    value: toDecimalString(units),
    source: `${service.units} per ${service.basis.replace('per-', '')}${count > 1 ? ` × ${count}` : ''}`,
  });
  const price = service.usdPerUnit ?? unitPrice?.usd;
  if (price === undefined) return { ok: false, error: 'no unit price for this service' };
  const source = service.usdPerUnit ? `${card.title}: published price per unit` : `package: ${unitPrice?.label}`;
  steps.push({ key: 'unit-price', label: 'USD per unit', value: price, source });
  const amount = times(usd(price), quantityAsRatio(units));
  const billedUnits = count * (blocks ?? 1);
  const internal = internalPerUnitUsd
    ? { usd: toDecimalString(times(usd(internalPerUnitUsd), wholeRatio(billedUnits)), 2), reason: null }
    : { usd: null, reason: SERVICE_NOT_ON_INTERNAL_CARD };
  const notice = packageNotice(service, unitPrice, input.packageId);
  return {
    ok: true,
    service,
    card: stampOf(card),
    count,
    blocks,
    units: toDecimalString(units),
    unitPriceUsd: price,
    unitPriceSource: source,
    usd: toDecimalString(amount, 2),
    amount,
    steps,
    notices: notice ? [notice] : [],
    internal,
  };
}
