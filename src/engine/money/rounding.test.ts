import fc from 'fast-check';
import {
  calculator,
  down as dDown,
  halfAwayFromZero as dAway,
  halfEven as dEven,
  halfUp as dUp,
} from 'dinero.js/bigint';
import { describe, expect, it } from 'vitest';
import { down, halfAwayFromZero, halfEven, halfUp } from './rounding';

const modes = [
  ['down', down, dDown],
  ['halfUp', halfUp, dUp],
  ['halfEven', halfEven, dEven],
  ['halfAwayFromZero', halfAwayFromZero, dAway],
] as const;

describe('rounding modes', () => {
  it.each(modes)('%s answers as dinero.js does, for any integer and power of ten', (_name, ours, theirs) => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }), (n, k) => {
        const d = 10n ** BigInt(k);
        expect(ours(n, d)).toBe(theirs(n, d, calculator));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(modes)('%s answers as dinero.js does on exact ties and their neighbours', (_name, ours, theirs) => {
    for (const n of [-1251n, -1250n, -1249n, -15n, -5n, 0n, 5n, 15n, 25n, 125n, 275n, 1249n, 1250n, 1251n]) {
      for (const d of [10n, 100n]) expect([n, d, ours(n, d)]).toEqual([n, d, theirs(n, d, calculator)]);
    }
  });

  it('gets the exact ties of this rate card right', () => {
    expect([halfUp(125n, 10n), halfUp(275n, 10n), halfEven(125n, 10n), halfEven(135n, 10n)]).toEqual([
      13n,
      28n,
      12n,
      14n,
    ]);
    expect([down(-1n, 10n), halfAwayFromZero(-125n, 10n)]).toEqual([-1n, -13n]);
  });
});
