/**
 * Re-pricing by class (decision 79): the probe `reprice` decides by counts the lines it may
 * price by class and their classes among the first lines. (Every agreement test prices both
 * ways: `priceBothWays`.)
 */
import { describe, expect, it } from 'vitest';
import { cards } from './helpers/cards';
import { compileRepriceSql } from '../src/engine/sql/compile-reprice';
import { EMPTY_LINE_ERROR } from '../src/engine';
import { duckConnection, loadEnvelopes } from './helpers/reprice-sql';

async function probe(lines: readonly string[]): Promise<number[]> {
  const c = await duckConnection();
  await loadEnvelopes(c, lines);
  const options = { honorResolution: false, asOf: '2026-11-30', emptyLineError: EMPTY_LINE_ERROR.jsonl };
  const { probe: query } = compileRepriceSql(cards, { ...options, byClass: true });
  return (await c.runAndReadAll(query ?? '')).getRows()[0].map(Number);
}

const line = (fields: Record<string, unknown>) => JSON.stringify({ model_name: 'kling-v3', ...fields });

describe('the probe that decides whether to re-price by class', () => {
  it('counts lines without a charge or an error, and their classes', async () => {
    const lines = [
      // 6 s billed, the vendor's 5 s: one class; then 6 s billed, the vendor's 6 s: another.
      ...['5.1', '5.2', '5.4'].map((d) => line({ duration: Number(d) })),
      ...['5.5', '5.9'].map((d) => line({ duration: Number(d) })),
      line({ duration: 6 }),
      line({ duration: 5.2, mode: 'pro' }),
      line({ duration: 5.2, charged_usd: '0.42' }),
      line({ duration: -1 }),
      'not json',
    ];
    expect(await probe(lines)).toEqual([7, 4]);
  });

  it('looks at the first 20,000 such lines only', async () => {
    const lines = Array.from({ length: 20_500 }, (_, i) => line({ duration: 1 + (i % 5) }));
    expect(await probe(lines)).toEqual([20_000, 5]);
  });
});
