/**
 * SPEC §10 on random maps (durations, fractional too; targets from 0 to 99.99; packages; filters):
 * the multiplier needed m brings every cell of its model to the target, and m − 0.01 does not
 * (unless m is the least, 0.01); a null is the clamp's doing: even at a multiplier that puts every
 * cell at the clamp's maximum, some cell misses the target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMeet, cents, mapOf, requote, shipped } from '../../../test/helpers/margin-map';
import { RESOLUTIONS } from '../request/vocabulary';
import type { MarginMapOptions } from './margin-map';

const options: fc.Arbitrary<MarginMapOptions> = fc.record({
  durationSeconds: fc.integer({ min: 1, max: 160 }).map((tenths) => tenths / 10),
  targetPct: fc.integer({ min: 0, max: 9999 }).map((n) => (n % 100 === 0 ? String(n / 100) : cents(n))),
  packageId: fc.constantFrom('list', 'trial-100', 'package-2', 'package-3'),
  resolutions: fc.subarray([...RESOLUTIONS], { minLength: 1 }),
  audio: fc.constantFrom(undefined, true, false),
});

/** One cent less: "1.75" → "1.74". */
const lessACent = (m: string): string => cents(Math.round(Number(m.replace('.', ''))) - 1);

describe('the multiplier needed, on random maps', () => {
  it('meets the target on every cell, and one cent less does not', () => {
    fc.assert(
      fc.property(options, (o) => {
        const map = mapOf(shipped, o);
        for (const m of map.models) {
          if (!map.cells.some((c) => c.model === m.model)) {
            expect(m.multiplierNeeded).toBeNull();
            continue;
          }
          if (m.multiplierNeeded === null) {
            expect(m.reason).toMatch(/^the \$10\.00 clamp: /);
            // 2000.00 puts every shipped cell of ≥ 1 s at the $10.00 cap.
            const capped = requote(shipped, map, m.model, '2000.00');
            expect(capped.every((c) => c.capped)).toBe(true);
            expect(allMeet(shipped, map, m.model, '2000.00')).toBe(false);
            continue;
          }
          expect(m.reason).toBeNull();
          expect(m.multiplierNeeded).toMatch(/^\d+\.\d\d$/);
          expect(allMeet(shipped, map, m.model, m.multiplierNeeded)).toBe(true);
          if (m.multiplierNeeded !== '0.01')
            expect(allMeet(shipped, map, m.model, lessACent(m.multiplierNeeded))).toBe(false);
        }
      }),
      { numRuns: 25 },
    );
  });
});
