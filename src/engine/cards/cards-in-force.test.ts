import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardsWith, internalVersion, shippedInternal } from '../../../test/helpers/versioned-cards';
import { quote } from '../pricing/quote';
import { cardsInForce, effectiveDate, versionsOf } from './cards-in-force';
import { cardTimeline, laterVersions } from './card-timeline';
import { applyOverrides } from './apply-overrides';
import { NO_OVERRIDES } from './overrides-shape';

const shipped = shippedInternal(); // 2026-11-21
const next = internalVersion('2027-01-01', (c) => ({ modelMultipliers: { ...c.modelMultipliers, 'kling-v3': '1.5' } }));
const all = cardsWith(next);
const v3 = {
  model: 'kling-v3',
  mode: 'std',
  durationSeconds: 5,
  resolution: '720p',
  inputType: 'text',
  audio: false,
} as const;

function internalOn(date: string) {
  return cardsInForce(all, date).internal.map((c) => `${c.id}@${c.version}`);
}

describe('the card in force on a date', () => {
  it('is the newest version dated on or before it (UTC dates)', () => {
    expect(shipped.version).toBe('2026-11-21');
    expect(internalOn('2026-12-31')).toEqual(['internal@2026-11-21']);
    expect(internalOn('2027-01-01')).toEqual(['internal@2027-01-01']);
    expect(internalOn('2030-06-01')).toEqual(['internal@2027-01-01']);
    expect(internalOn('2026-11-21')).toEqual(['internal@2026-11-21']);
  });

  it('prices with the version in force, and says so when none is yet', () => {
    const before = quote(v3, cardsInForce(all, '2026-12-31'));
    const after = quote(v3, cardsInForce(all, '2027-01-01'));
    if (!before.ok || !after.ok) throw new Error('not priced');
    expect([before.quote.internal.charged.usd, before.quote.asOf]).toEqual(['0.33', '2026-12-31']);
    expect([after.quote.internal.charged.usd, after.quote.asOf]).toEqual(['0.38', '2027-01-01']);
    expect(quote(v3, cardsInForce(all, '2026-11-20'))).toEqual({
      ok: false,
      error: 'no version of "internal" is in force on 2026-11-20: its oldest takes effect on 2026-11-21',
    });
  });

  it('leaves the vendor cost unavailable, not the whole quote, before the vendor card existed', () => {
    const old = internalVersion('2026-01-01', () => ({}));
    const result = quote(v3, cardsInForce(cardsWith(old), '2026-06-01'));
    if (!result.ok) throw new Error(result.error);
    expect(result.quote.internal.charged.usd).toBe('0.33');
    expect(result.quote.vendor.used).toMatchObject({
      status: 'unavailable',
      reason: 'no version of "kling-official-units" is in force on 2026-06-01: its oldest takes effect on 2026-09-20',
    });
    expect(result.quote.margin).toBeNull();
  });

  it('keeps every version through overrides, each overridden', () => {
    const overridden = applyOverrides(all, { ...NO_OVERRIDES, modelMultipliers: { 'kling-v3': '2' } });
    expect(cardsInForce(overridden, '2027-02-01').internal.map((c) => c.version)).toEqual(['2027-01-01+overrides']);
    expect(cardsInForce(overridden, '2026-12-01').internal.map((c) => c.version)).toEqual(['2026-11-21+overrides']);
    expect(effectiveDate({ version: '2026-11-21+overrides' })).toBe('2026-11-21');
    expect(effectiveDate({ version: 'saved' })).toBeNull();
  });

  it('lists later versions soonest first, and every version of one card', () => {
    const third = internalVersion('2027-06-01', () => ({}));
    const set = cardsWith(third, next);
    expect(laterVersions(set.versions.internal, '2026-12-01').map((c) => c.version)).toEqual([
      '2027-01-01',
      '2027-06-01',
    ]);
    expect(versionsOf(set.versions.internal, 'internal').map((c) => c.version)).toEqual([
      '2027-06-01',
      '2027-01-01',
      '2026-11-21',
    ]);
  });

  it('is the same from the timeline as from cardsInForce, on any date', () => {
    const onDate = cardTimeline(all);
    const day = fc
      .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        const a = onDate(date);
        const b = cardsInForce(all, date);
        expect(a.asOf).toBe(date);
        for (const kind of ['internal', 'vendor', 'packages', 'services'] as const)
          expect(a[kind].map((c) => c.version)).toEqual(b[kind].map((c) => c.version));
        const qa = quote(v3, a);
        const qb = quote(v3, b);
        expect(qa.ok && qa.quote.internal.charged.usd).toBe(qb.ok && qb.quote.internal.charged.usd);
      }),
      { numRuns: 200 },
    );
  });
});
