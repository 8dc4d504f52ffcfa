import { describe, expect, it } from 'vitest';
import { formatCount, formatUsd, formatUsdExact, hasSubCents } from './format-money';

describe('format-money', () => {
  it.each([
    ['2.16', '$2.16'],
    ['1.344', '$1.34'],
    ['0.275', '$0.28'],
    ['1250', '$1,250.00'],
    ['-0.10', '-$0.10'],
    ['10.00', '$10.00'],
  ])('%s to the cent is %s', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it('formats a long exact string without float error', () => {
    expect(formatUsd('0.1250000000000000001')).toBe('$0.13');
    expect(formatUsdExact('0.78392')).toBe('$0.78392');
    expect(formatUsdExact('1.12')).toBe('$1.12');
  });

  it('tells sub-cent amounts apart', () => {
    expect(hasSubCents('1.344')).toBe(true);
    expect(hasSubCents('1.340')).toBe(false);
    expect(hasSubCents('8')).toBe(false);
  });

  it('formats counts', () => {
    expect(formatCount('1200')).toBe('1,200');
    expect(formatCount('9.6')).toBe('9.6');
  });
});
