/** An estimate's tasks under the packages' concurrency (seed 003): counts and hours, not money. */
import { divideBy, quantity, toDecimalString } from '../money/money';
import { DAYS_A_MONTH } from './estimate-packages';
import type { EstimateInput } from './estimate-input';
import { throughput } from './throughput';

export interface EstimateThroughput {
  readonly generationSeconds: number;
  /** Every line's clips and tasks in a month: each is one task at Kling. */
  readonly tasksPerMonth: number;
  readonly concurrency: number;
  /** Tasks an hour at that concurrency, to one decimal ("150", "2571.4"). */
  readonly clipsPerHour: string;
  /** Hours a month's tasks take, to one decimal. */
  readonly hoursPerMonth: string;
  /** Whether a month's tasks fit in its 720 hours, running around the clock. */
  readonly fits: boolean;
}

/** a ÷ b to one decimal, half-up, as text: counts and hours read exactly, not through a float. */
function ratio(a: number, b: number): string {
  return toDecimalString(divideBy(quantity(String(a)), BigInt(b), 1));
}

/** The pace at `concurrency` tasks at a time; null when no package sets one. */
export function tasksThroughput(input: EstimateInput, concurrency: number | null): EstimateThroughput | null {
  if (concurrency === null) return null;
  const tasks = input.lines.reduce((n, l) => n + (l.kind === 'clip' ? l.clipsPerMonth : l.countPerMonth), 0);
  const seconds = input.generationSeconds;
  return {
    generationSeconds: seconds,
    tasksPerMonth: tasks,
    concurrency,
    clipsPerHour: ratio(concurrency * 3600, seconds),
    hoursPerMonth: ratio(tasks * seconds, concurrency * 3600),
    fits: throughput(concurrency, seconds, tasks, DAYS_A_MONTH).fits,
  };
}
