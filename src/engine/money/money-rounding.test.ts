import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculator, down, halfEven, halfUp } from 'dinero.js/bigint';
import { quantity, roundTo, toDecimalString, type Quantity, type RoundingMode } from './money';

const DINERO = { 'half-up': halfUp, 'half-even': halfEven, floor: down } as const;
const MODES = Object.keys(DINERO) as RoundingMode[];

/** Amounts of every size and sign, with the exact ties (…5 after the kept digits) made often. */
const rounding = fc
  .record({
    digits: fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
    scale: fc.integer({ min: 0, max: 12 }),
    decimals: fc.integer({ min: 0, max: 4 }),
    tie: fc.boolean(),
    mode: fc.constantFrom(...MODES),
  })
  .map(({ digits, scale, decimals, tie, mode }) => {
    const drop = scale > decimals ? 10n ** BigInt(scale - decimals) : 1n;
    // A tie: the dropped digits are exactly half of the last kept one.
    const amount = tie && drop > 1n ? (digits / drop) * drop + (digits < 0n ? -drop / 2n : drop / 2n) : digits;
    return { amount, scale, decimals, mode };
  });

describe('rounding (decision 73)', () => {
  it('rounds exactly as dinero.js’s functions do, for any amount, scale, mode and tie', () => {
    fc.assert(
      fc.property(rounding, ({ amount, scale, decimals, mode }) => {
        const value: Quantity = { amount, scale: BigInt(scale) };
        const ours = roundTo(value, decimals, mode);
        const expected = scale > decimals ? DINERO[mode](amount, 10n ** BigInt(scale - decimals), calculator) : amount;
        expect(ours.scale).toBe(BigInt(decimals));
        expect(ours.amount).toBe(scale > decimals ? expected : amount * 10n ** BigInt(decimals - scale));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['0.125', 'half-up', '0.13'],
    ['0.125', 'half-even', '0.12'],
    ['0.135', 'half-even', '0.14'],
    ['0.1251', 'half-even', '0.13'],
    ['0.129', 'floor', '0.12'],
    ['0.005', 'half-up', '0.01'],
    ['0.004999', 'half-up', '0.00'],
    ['-0.125', 'half-up', '-0.12'],
    ['-0.125', 'half-even', '-0.12'],
    ['-0.121', 'floor', '-0.13'],
  ] as const)('rounds %s %s to %s', (text, mode, expected) => {
    expect(toDecimalString(roundTo(quantity(text), 2, mode), 2)).toBe(expected);
  });
});

describe('toDecimalString with a least number of decimals', () => {
  it('is the shortest text, padded with zeros to at least that many decimals', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (amount, scale, min) => {
          const value: Quantity = { amount, scale: BigInt(scale) };
          const shortest = toDecimalString(value);
          const [whole, fraction = ''] = shortest.split('.');
          const padded = fraction.padEnd(min, '0');
          expect(toDecimalString(value, min)).toBe(padded === '' ? whole : `${whole}.${padded}`);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
