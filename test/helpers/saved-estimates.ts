/** Estimate files and stores for the tests of saved estimates. */
import { readEstimateFile, type EstimateFile } from '../../src/engine';

/** A quarter of 5,000 (or `clips`) 10 s Kling 3.0 pro clips a month for `customer`, as the engine reads it. */
export function fileFor(customer: string, clips = 5000): EstimateFile {
  // Not `estimates.ts`'s helpers: they load the shipped cards from disk, which a jsdom test cannot.
  const read = readEstimateFile({
    customer,
    months: 3,
    discount_pct: '10',
    package: 'cheapest',
    lines: [
      { name: 'Hero showcase', clips_per_month: clips, request: { model: 'kling-v3', mode: 'pro', duration: 10 } },
    ],
  });
  if (!read.ok) throw new Error('fixture does not read');
  return read.file;
}

/** A stored entry as JSON-ready data. */
export function entryOf(id: string, name: string, file: unknown, savedAt = '2026-11-30T14:05:00.000Z') {
  return { id, name, savedAt, file };
}
