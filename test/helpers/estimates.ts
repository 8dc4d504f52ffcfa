/**
 * Estimates priced on the shipped cards as of one date, for tests of SPEC §9. Reads from the
 * working directory (as card-fixtures.ts does), so that Testing Library tests under jsdom can use it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cardsInForce, type CardSet } from '../../src/engine';
import { parseEstimate, formatEstimateIssue } from '../../src/engine/planning/estimate-input';
import { priceEstimate, type Estimate } from '../../src/engine/planning/estimate';
import { toEstimateRecord, type EstimateRecord } from '../../src/engine/planning/estimate-record';
import { cardSetWith } from './card-fixtures';

/** The date the shipped cards are priced on (all of them in force). */
export const AS_OF = '2026-11-30';
export const shipped: CardSet = cardsInForce(cardSetWith(), AS_OF);

/** SPEC §9's example file. */
export const SPEC_EXAMPLE = JSON.parse(
  readFileSync(resolve(process.cwd(), 'test/fixtures/estimates/spec-example.json'), 'utf8'),
) as Record<string, unknown>;

/** The estimate priced, or an error with every problem. */
export function estimateOf(file: unknown, set: CardSet = shipped): Estimate {
  const parsed = parseEstimate(file);
  if (!parsed.ok) throw new Error(parsed.issues.map(formatEstimateIssue).join('\n'));
  const result = priceEstimate(parsed.estimate, set);
  if (!result.ok) throw new Error(result.issues.map(formatEstimateIssue).join('\n'));
  return result.estimate;
}

export function recordOf(file: unknown, set: CardSet = shipped): EstimateRecord {
  return toEstimateRecord(estimateOf(file, set));
}

/** Every problem an estimate has, as `path: message`; empty when it prices. */
export function problemsOf(file: unknown, set: CardSet = shipped): string[] {
  const parsed = parseEstimate(file);
  if (!parsed.ok) return parsed.issues.map(formatEstimateIssue);
  const result = priceEstimate(parsed.estimate, set);
  return result.ok ? [] : result.issues.map(formatEstimateIssue);
}

type Line = Record<string, unknown>;

export const clip = (name: string, clips: number, request: Record<string, unknown>): Line => ({
  name,
  clips_per_month: clips,
  request,
});

export const service = (name: string, id: string, count: number, duration?: number): Line => ({
  name,
  service: id,
  count_per_month: count,
  ...(duration === undefined ? {} : { duration }),
});

export function estimateFile(lines: Line[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { customer: 'Test customer', months: 1, discount_pct: '0', package: 'cheapest', lines, ...fields };
}
