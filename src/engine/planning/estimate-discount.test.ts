import { describe, expect, it } from 'vitest';
import { clip, estimateFile, estimateOf, service, SPEC_EXAMPLE } from '../../../test/helpers/estimates';
import { discountUsd } from './estimate-discount';

describe('discountUsd', () => {
  it('is list − customer, for the month and the period', () => {
    const { totals } = estimateOf(SPEC_EXAMPLE);
    // $7,800.00 a month at 10 % off: $7,020.00.
    expect(discountUsd(totals.month)).toBe('780.00');
    expect(discountUsd(totals.period)).toBe('2340.00');
  });

  it('adds up the lines, each rounded once, and is 0.00 on a line with no price', () => {
    const request = { model: 'kling-v3', mode: 'std', duration: 5, input: 'text' };
    const file = estimateFile(
      [clip('A', 7, request), clip('B', 3, { ...request, duration: 10 }), service('Lip-sync', 'lip-sync', 3, 10)],
      { discount_pct: '33.3' },
    );
    const { totals } = estimateOf(file);
    // $2.31 → $1.54 (1.54077), $1.95 → $1.30 (1.30065).
    expect(totals.lines.map((l) => discountUsd(l.month))).toEqual(['0.77', '0.65', '0.00']);
    expect(discountUsd(totals.month)).toBe('1.42');
  });
});
