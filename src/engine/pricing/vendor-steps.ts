/** "Show the calculation" for one vendor card: built only when a screen or the text output asks. */
import type { VendorPriced } from './vendor-cost';
import type { Step } from './notice';
import { UNIT_NAMES } from './unit-names';

/** "Show the calculation" for one vendor card: seconds, rate, units, unit price. */
export function vendorSteps(q: VendorPriced): Step[] {
  const e = {
    card: q,
    row: q.rowData,
    tier: q.tier,
    seconds: q.billedSeconds,
    rate: q.rate,
    units: q.units,
    unitPrice: q.unitPrice,
  };
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
  if (q.wholeCredits) {
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
  if (q.discountPct !== null) {
    const source = 'overrides saved in this browser';
    steps.push({ key: 'discount', label: 'Your discount', value: `${q.discountPct}%`, source });
  }
  return steps;
}
