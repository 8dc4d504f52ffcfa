import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dinero, toDecimal, trimScale } from 'dinero.js/bigint';
import {
  compareAmounts,
  percentOf,
  quantity,
  roundTo,
  times,
  toDecimalString,
  toRatio,
  usd,
  wholeRatio,
} from './money';

describe('toRatio', () => {
  it.each([
    ['1.15', 115n, 2n],
    ['0.05', 5n, 2n],
    ['12', 12n, 0n],
    ['-1.5', -15n, 1n],
  ])('reads %s as an exact scaled integer', (text, amount, scale) => {
    expect(toRatio(text)).toEqual({ amount, scale });
  });

  it('refuses text that is not a decimal number', () => {
    expect(() => toRatio('1e3')).toThrow(/not a decimal/);
    expect(() => toRatio('0x10')).toThrow(/not a decimal/);
  });
});

describe('roundTo', () => {
  it.each([
    ['0.275', 'half-up', '0.28'],
    ['0.125', 'half-up', '0.13'],
    ['0.125', 'half-even', '0.12'],
    ['0.135', 'half-even', '0.14'],
    ['0.129', 'floor', '0.12'],
  ] as const)('rounds the exact tie %s %s to %s', (value, mode, expected) => {
    expect(toDecimalString(roundTo(usd(value), 2, mode), 2)).toBe(expected);
  });

  it('gets the ties that floating point gets wrong', () => {
    // 1.15 × 0.05 × 5 = 0.2875 exactly; as doubles the product is 0.28749999999999998.
    const raw = times(times(usd('0.05'), wholeRatio(5)), toRatio('1.15'));
    expect(toDecimalString(raw)).toBe('0.2875');
    expect(toDecimalString(roundTo(raw, 3, 'half-up'))).toBe('0.288');
  });
});

const UNIT = { code: 'UNIT', base: 10n, exponent: 0n };

describe('toDecimalString', () => {
  it.each([
    ['1.120', 2, '1.12'],
    ['1.5', 2, '1.50'],
    ['8.000', 0, '8'],
    ['0.0005', 2, '0.0005'],
    ['-0.10', 2, '-0.10'],
    ['0', 2, '0.00'],
  ])('writes %s with at least %i decimals as %s', (value, min, expected) => {
    expect(toDecimalString(usd(value), min)).toBe(expected);
  });

  it('agrees with dinero.js for any amount and scale', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 12 }),
        (amount, scale) => {
          // dinero keeps a zero's scale ("0.0"); ours writes "0", tested above.
          fc.pre(amount !== 0n);
          const value = times(quantity('1'), { amount, scale: BigInt(scale) });
          const viaDinero = toDecimal(trimScale(dinero({ amount, scale: BigInt(scale), currency: UNIT })));
          expect(toDecimalString(value)).toBe(viaDinero);
        },
      ),
    );
  });
});

describe('percentOf', () => {
  it.each([
    ['1.04', '2.16', '48.1'],
    ['-0.10', '0.60', '-16.7'],
    ['0.05', '0.20', '25.0'],
    ['1', '3', '33.3'],
    ['2', '3', '66.7'],
  ])('%s of %s is %s %%', (part, whole, expected) => {
    expect(percentOf(usd(part), usd(whole), 1)).toBe(expected);
  });

  it('refuses a zero whole', () => {
    expect(() => percentOf(usd('1'), usd('0'))).toThrow(/zero/);
  });
});

describe('compareAmounts', () => {
  it('compares across scales exactly', () => {
    expect(compareAmounts(usd('0.10'), usd('0.1'))).toBe(0);
    expect(compareAmounts(usd('0.0999'), usd('0.1'))).toBe(-1);
    expect(compareAmounts(usd('10.001'), usd('10.00'))).toBe(1);
  });
});

describe('rounding through dinero.js', () => {
  it('rounds a negative percentage half away from zero, as a positive one', () => {
    expect(percentOf(usd('-0.05'), usd('0.40'), 1)).toBe('-12.5');
    expect(percentOf(usd('-1'), usd('8'), 1)).toBe('-12.5');
    expect(percentOf(usd('-0.0125'), usd('1'), 1)).toBe('-1.3');
    expect(percentOf(usd('0.0125'), usd('1'), 1)).toBe('1.3');
  });
});
