import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { applyOverrides } from './apply-overrides';
import { NO_OVERRIDES, type Overrides } from './overrides-shape';
import { OverridesSchema } from './overrides';
import { quote } from '../pricing/quote';
import type { QuoteRequest } from '../request/quote-request';
import { vendorSteps } from '../pricing/vendor-steps';

const r = (o: Partial<QuoteRequest>): QuoteRequest => ({
  model: 'kling-v1-6',
  mode: 'std',
  durationSeconds: 5,
  resolution: '720p',
  inputType: 'image',
  audio: false,
  ...o,
});
const with_ = (o: Partial<Overrides>) => applyOverrides(cards, { ...NO_OVERRIDES, ...o });

function ok(request: QuoteRequest, set = cards) {
  const result = quote(request, set);
  if (!result.ok) throw new Error(result.error);
  return result.quote;
}

describe('overrides', () => {
  it('change a model multiplier, and stamp the card so', () => {
    const q = ok(r({}), with_({ modelMultipliers: { 'kling-v1-6': '1.2' } }));
    expect(q.internal.charged.usd).toBe('0.30');
    expect(q.internal.charged.card.version).toBe('2026-11-21+overrides');
    expect(ok(r({})).internal.charged.usd).toBe('0.25');
  });

  it('price a model no card knows at a custom rate, with a note', () => {
    const set = with_({ customVendorRates: [{ model: 'some-future-model', usdPerSecond: '0.1' }] });
    const q = ok(r({ model: 'some-future-model', durationSeconds: 7 }), set);
    expect(q.vendor.used.status === 'priced' && [q.vendor.used.usd, q.vendor.used.card.id]).toEqual([
      '0.70',
      'custom-rates',
    ]);
    expect(q.notices.map((n) => n.code)).toContain('vendor-fallback');
    expect(q.margin?.usd).toBe('-0.35');
  });

  it('discount every vendor cost exactly', () => {
    const q = ok(
      r({ model: 'kling-video-o1', mode: 'pro', durationSeconds: 8, inputType: 'video' }),
      with_({ vendorDiscountPct: '12.5' }),
    );
    // 9.6 units × $0.14 = $1.344, less 12.5 %
    expect(q.vendor.used.status === 'priced' && q.vendor.used.usd).toBe('1.176');
    expect(q.vendor.used.status === 'priced' && vendorSteps(q.vendor.used).at(-1)).toMatchObject({
      key: 'discount',
      value: '12.5%',
    });
  });

  it('validate what is saved or imported, naming the path', () => {
    expect(OverridesSchema.safeParse(NO_OVERRIDES).success).toBe(true);
    const bad = OverridesSchema.safeParse({ ...NO_OVERRIDES, modelMultipliers: { 'kling-v1-6': 1.2 } });
    expect(bad.success ? null : bad.error.issues[0].path).toEqual(['modelMultipliers', 'kling-v1-6']);
    expect(OverridesSchema.safeParse({ ...NO_OVERRIDES, version: 0 }).success).toBe(false);
    expect(OverridesSchema.safeParse({ ...NO_OVERRIDES, vendorDiscountPct: '150' }).success).toBe(false);
  });

  it('can bring a real request under half a cent: the $0.01 floor charges, with the unclamped amount', () => {
    // kling-v3 std, 1 s of text: 1 × 0.05 × 1.0 (720p) × 1.00 (text) × 0.09 = 0.0045, half up → 0.00 → floor.
    const saved = OverridesSchema.safeParse({ ...NO_OVERRIDES, modelMultipliers: { 'kling-v3': '0.09' } });
    if (!saved.success) throw new Error(saved.error.message);
    const q = ok(r({ model: 'kling-v3', durationSeconds: 1, inputType: 'text' }), applyOverrides(cards, saved.data));
    const charged = q.internal.charged;
    expect(charged.card.version).toBe('2026-11-21+overrides');
    expect([charged.rawUsd, charged.rounding.roundedUsd, charged.usd]).toEqual(['0.0045', '0.00', '0.01']);
    expect(charged.clamp).toEqual({ applied: 'floor', minUsd: '0.01', maxUsd: '10.00', unclampedUsd: '0.00' });
    expect(q.notices.find((n) => n.code === 'floor-applied')).toMatchObject({
      severity: 'warning',
      message: 'The $0.01 floor applies: the formula gives $0.00.',
    });
  });

  it('leave a raw amount of exactly half a cent to rounding, not to the floor', () => {
    // × 0.1 = 0.005, half up → 0.01: charged as rounded, no clamp, no floor notice.
    const set = with_({ modelMultipliers: { 'kling-v3': '0.1' } });
    const charged = ok(r({ model: 'kling-v3', durationSeconds: 1, inputType: 'text' }), set).internal.charged;
    expect([charged.rawUsd, charged.usd, charged.clamp.applied]).toEqual(['0.005', '0.01', null]);
    expect(charged.notices.map((n) => n.code)).not.toContain('floor-applied');
  });

  it('leave the cards alone when there are none', () => {
    expect(applyOverrides(cards, NO_OVERRIDES)).toBe(cards);
  });
});
