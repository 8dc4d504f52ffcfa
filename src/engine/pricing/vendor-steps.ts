/** "Show the calculation" for one vendor card: built only when a screen or the text output reads it. */
import type { UnitPrice } from '../cards/compiled-cards';
import type { VendorRow, VendorUnit } from '../cards/rate-card-vendor';
import type { Resolution } from '../request/vocabulary';
import type { Step } from './notice';
import { UNIT_NAMES } from './unit-names';

export interface Explained {
  readonly card: { readonly cardTitle: string; readonly unit: VendorUnit };
  readonly unitsRounding: 'exact' | 'floor';
  readonly row: VendorRow;
  readonly tier: Resolution | null;
  readonly seconds: number;
  readonly rate: string;
  readonly units: string | null;
  readonly unitPrice: UnitPrice | null;
}

/** "Show the calculation" for one vendor card: seconds, rate, units, unit price. */
export function stepsOf(e: Explained): Step[] {
  const unitName = UNIT_NAMES[e.card.unit];
  const source = `${e.card.cardTitle}, row "${e.row.label}"`;
  const steps: Step[] =
    e.row.basis === 'per-second'
      ? [
          {
            key: 'seconds',
            label: 'Vendor seconds',
            value: String(e.seconds),
            source: 'the requested duration rounded to the nearest whole second',
          },
          { key: 'rate', label: `Rate at ${e.tier}`, value: e.rate, source: `${source}: ${unitName} per second` },
        ]
      : [
          {
            key: 'seconds',
            label: 'Clip length',
            value: String(e.seconds),
            source: `fixed durations of ${e.row.label}`,
          },
          { key: 'rate', label: `Per ${e.seconds} s clip`, value: e.rate, source: `${source}: ${unitName} per clip` },
        ];
  if (e.unitsRounding === 'floor') {
    steps.push({
      key: 'units-rounding',
      label: 'Whole credits',
      value: e.units ?? '',
      source: `${e.card.cardTitle}: credits are truncated`,
    });
  }
  if (e.units !== null && e.unitPrice) {
    const Unit = `${unitName[0].toUpperCase()}${unitName.slice(1)}`;
    steps.push({ key: 'units', label: Unit, value: e.units, source: 'rate × seconds' });
    steps.push({
      key: 'unit-price',
      label: `USD per ${unitName.slice(0, -1)}`,
      value: e.unitPrice.usd,
      source: `package: ${e.unitPrice.label}`,
    });
  }
  return steps;
}
