/** What an estimate's reader must know beside its figures: each line's notices, then the estimate's own. */
import { compareAmounts, divideBy, minus, quantity, toDecimalString, usd } from '../money/money';
import type { EstimateWarning, PricedLine } from './estimate-lines';
import type { PeriodPackages } from './estimate-packages';
import type { EstimateTotals } from './estimate-totals';
import type { EstimateThroughput } from './estimate-throughput';

export interface WarningSources {
  readonly lines: readonly PricedLine[];
  readonly totals: EstimateTotals;
  readonly plan: PeriodPackages;
  readonly pace: EstimateThroughput | null;
  readonly vendorDiscountPct: string | undefined;
}

/** "12000" → "12,000", "1500.5" → "1,500.5": digits grouped, every digit kept. */
function grouped(decimal: string): string {
  const [int, fraction] = decimal.split('.');
  return `${BigInt(int).toLocaleString('en-US')}${fraction ? `.${fraction}` : ''}`;
}

function whole(warning: Omit<EstimateWarning, 'lineIndex'>): EstimateWarning {
  return { ...warning, lineIndex: null };
}

/** Every line's warnings (each said once), then those of the estimate as a whole. */
export function estimateWarnings({ lines, totals, plan, pace, vendorDiscountPct }: WarningSources): EstimateWarning[] {
  const seen = new Set<string>();
  const out: EstimateWarning[] = [];
  const push = (w: EstimateWarning) => {
    if (seen.has(w.message)) return;
    seen.add(w.message);
    out.push(w);
  };
  for (const line of lines) line.warnings.forEach(push);

  const margin = totals.month.marginScaled;
  if (margin.amount < 0n) {
    // Said to the cent; the figures keep every digit.
    const text = toDecimalString(divideBy(minus(usd('0'), margin), totals.divisor, 2), 2);
    push(
      whole({
        code: 'negative-margin',
        severity: 'warning',
        message: `The margin is negative: −$${grouped(text)} a month.`,
      }),
    );
  }
  if (compareAmounts(plan.unitsForfeited, quantity('0')) > 0) {
    const bought = grouped(toDecimalString(plan.unitsBought));
    const message = `${grouped(toDecimalString(plan.unitsForfeited))} of the ${bought} units bought expire unused.`;
    push(whole({ code: 'units-forfeited', severity: 'info', message }));
  }
  for (const note of plan.notes) push(whole({ code: 'packages-note', severity: 'info', message: note }));
  if (pace && !pace.fits) {
    const tasks = `${pace.tasksPerMonth.toLocaleString('en-US')} tasks a month at ${pace.generationSeconds} s each`;
    const hours = `${pace.hoursPerMonth} hours at ${pace.concurrency} at a time`;
    const message = `${tasks} need ${hours}: more than a month's 720.`;
    push(whole({ code: 'throughput', severity: 'warning', message }));
  }
  if (vendorDiscountPct) {
    const message = `Your ${vendorDiscountPct}% discount is applied to every vendor cost (packages_usd is before it).`;
    push(whole({ code: 'vendor-discount', severity: 'info', message }));
  }
  return out;
}
