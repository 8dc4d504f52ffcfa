/** How many clips the vendor's concurrency limit lets through: counts and hours, not money. */

export interface Throughput {
  /** Clips the concurrency limit allows per hour at the average generation time. */
  readonly clipsPerHour: number;
  /** Hours of generation the volume needs at that pace. */
  readonly hoursNeeded: number;
  /** Whether the volume fits in the horizon running around the clock. */
  readonly fits: boolean;
}

/**
 * Seed 003's concurrency limit as throughput: `concurrency` tasks at a time, each taking
 * `averageSeconds`. Counts and hours, not money.
 */
export function throughput(
  concurrency: number,
  averageSeconds: number,
  clips: number,
  horizonDays: number,
): Throughput {
  const clipsPerHour = (concurrency * 3600) / averageSeconds;
  const hoursNeeded = clips / clipsPerHour;
  return { clipsPerHour, hoursNeeded, fits: hoursNeeded <= horizonDays * 24 };
}
