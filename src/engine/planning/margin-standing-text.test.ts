import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginStandingOf as marginStanding, readTargetPct } from './margin-standing';

describe('where a margin shown on a screen stands against the target', () => {
  it('marks every negative margin a loss, whatever the target', () => {
    expect(marginStanding('-0.12', '1.56', '30')).toBe('loss');
    expect(marginStanding('-0.01', '0.00', null)).toBe('loss');
  });

  it('compares exactly, not the rounded percentage', () => {
    // 0.2996 / 1 = 29.96 %: shown as 30.0 %, under a 30 % target.
    expect(marginStanding('0.2996', '1.00', '30')).toBe('below-target');
    expect(marginStanding('0.30', '1.00', '30')).toBe('ok');
    expect(marginStanding('0.47', '1.56', '30')).toBe('ok'); // 30.1 %
    expect(marginStanding('0.46', '1.56', '30')).toBe('below-target'); // 29.5 %
  });

  it('marks nothing but a loss without a target, and break-even is not a loss', () => {
    expect(marginStanding('0.00', '1.56', null)).toBe('ok');
    expect(marginStanding('0.00', '1.56', '0')).toBe('ok');
    expect(marginStanding('0.00', '1.56', '0.01')).toBe('below-target');
  });

  it('agrees with the percentage computed in whole hundredths of a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: -50_000, max: 100_000 }),
        fc.integer({ min: 0, max: 9999 }),
        (internal, margin, target) => {
          const standing = marginStanding(
            (margin / 100).toFixed(2),
            (internal / 100).toFixed(2),
            (target / 100).toFixed(2),
          );
          // margin/internal < target/10000 ⇔ margin × 10000 < target × internal, in integers.
          const expected = margin < 0 ? 'loss' : margin * 10_000 < target * internal ? 'below-target' : 'ok';
          expect(standing).toBe(expected);
        },
      ),
    );
  });
});

describe('the margin target as typed', () => {
  it('reads 0 to 99.99, written one way', () => {
    expect(readTargetPct(' 30 ')).toEqual({ ok: true, pct: '30' });
    expect(readTargetPct('07.50')).toEqual({ ok: true, pct: '7.5' });
    expect(readTargetPct('0')).toEqual({ ok: true, pct: '0' });
  });

  it('refuses what is not a target, naming it', () => {
    const RULE = 'must be a margin percentage from 0 to 99.99, such as "30"';
    for (const bad of ['100', '-5', 'abc', '30%', '', '1.234'])
      expect(readTargetPct(bad)).toEqual({
        ok: false,
        error: `The margin target ${RULE}, got ${JSON.stringify(bad)}.`,
      });
  });
});
