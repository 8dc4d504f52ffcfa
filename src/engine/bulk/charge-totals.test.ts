import { describe, expect, it } from 'vitest';
import { createChargeTotals, type ChargeRow } from './charge-totals';

function row(n: number, status: 'match' | 'mismatch', charged: string, expected: string): ChargeRow {
  const difference = status === 'match' ? '0.00' : '0.01';
  return {
    row: n,
    createdAt: null,
    asOf: '2026-12-15',
    model: 'kling-v3',
    mode: 'std',
    durationSeconds: 5,
    resolution: '720p',
    inputType: 'text',
    card: 'internal@2026-12-01',
    status,
    usd: { status, charged, expected, difference, cause: null, causeCode: null },
    units: null,
  };
}

describe('the running sums of a file’s charges', () => {
  it('keeps the first 10,000 mismatches and 1,000 matches, and counts and sums every row', () => {
    const totals = createChargeTotals();
    for (let i = 1; i <= 30_000; i += 1)
      totals.add(i % 2 ? row(i, 'mismatch', '0.125', '0.12') : row(i, 'match', '0.10', '0.10'));
    const t = totals.totals();
    expect([t.rows, t.matches, t.mismatches]).toEqual([30_000, 15_000, 15_000]);
    expect(t.mismatchRows).toHaveLength(10_000);
    expect(t.mismatchRows[0].row).toBe(1);
    expect(t.mismatchRows.at(-1)?.row).toBe(19_999);
    expect(t.otherRows).toHaveLength(1_000);
    // Exact sums, every digit charged kept: 15,000 × 0.125 + 15,000 × 0.10.
    expect(t.usd).toEqual({
      rows: 30_000,
      mismatches: 15_000,
      unchecked: 0,
      charged: '3375.00',
      expected: '3300.00',
      difference: '75.00',
    });
  });

  it('counts an amount it could not compare apart, out of the sums', () => {
    const totals = createChargeTotals();
    const unchecked = {
      status: 'unchecked' as const,
      charged: '8',
      expected: null,
      difference: null,
      cause: 'no vendor card prices kling-v2-5-turbo',
      causeCode: null,
    };
    totals.add({ ...row(1, 'match', '0.10', '0.10'), status: 'unchecked', usd: null, units: unchecked });
    const t = totals.totals();
    expect([t.rows, t.unchecked, t.usd]).toEqual([1, 1, null]);
    expect(t.units).toEqual({ rows: 0, mismatches: 0, unchecked: 1, charged: '0', expected: '0', difference: '0' });
    expect(t.otherRows.map((r) => r.status)).toEqual(['unchecked']);
  });
});
