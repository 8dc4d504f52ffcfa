import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { quote, type Quote } from './quote';
import type { QuoteRequest } from '../request/quote-request';

function request(overrides: Partial<QuoteRequest>): QuoteRequest {
  return {
    model: 'kling-video-o1',
    mode: 'pro',
    durationSeconds: 10,
    resolution: '1080p',
    inputType: 'image',
    audio: false,
    ...overrides,
  };
}

function ok(r: QuoteRequest, options = {}): Quote {
  const result = quote(r, cards, options);
  if (!result.ok) throw new Error(result.error);
  return result.quote;
}

const codes = (q: Quote) => q.notices.map((n) => n.code);

describe('a quote', () => {
  it('puts the internal price beside the vendor cost, with the margin', () => {
    const q = ok(request({}));
    expect(q.internal.asBilled.usd).toBe('2.16');
    expect(q.internal.atRequested.usd).toBe('3.24');
    expect(q.internal.differenceUsd).toBe('1.08');
    expect(q.internal.charged).toBe(q.internal.asBilled);
    expect(q.vendor.used.status === 'priced' && [q.vendor.used.units, q.vendor.used.usd]).toEqual(['8', '1.12']);
    expect(q.margin).toMatchObject({ usd: '1.04', pct: '48.1' });
  });

  it('charges at the requested resolution with honorResolution', () => {
    const q = ok(request({}), { honorResolution: true });
    expect(q.internal.charged.usd).toBe('3.24');
    expect(q.margin).toMatchObject({ usd: '2.12', pct: '65.4' });
  });

  it('returns every card and marks the one used; sources that disagree are flagged', () => {
    const q = ok(request({}));
    expect(q.vendor.cardId).toBe('kling-official-units');
    expect(q.vendor.all.map((v) => v.card.id).sort()).toEqual(['kling-official-units', 'seed-002-usd']);
    expect(q.vendor.all).toContain(q.vendor.used);
    expect(codes(q)).toContain('sources-disagree');
    expect(q.notices.find((n) => n.code === 'sources-disagree')?.message).toMatch(/\$1\.111.*\$1\.12 \(used\)/);
  });

  it('says the sources disagree whichever card is chosen, the approximate one included', () => {
    const r = request({ model: 'kling-v1', mode: 'std', resolution: '1080p', inputType: 'text' });
    const q = ok(r, { vendorCardId: 'seed-004-app-credits' });
    expect(q.notices.find((n) => n.code === 'sources-disagree')?.message).toBe(
      'Sources disagree on the vendor cost: App credits (approximate) $2.50 (used); Kling official API units $0.28.',
    );
    const official = ok(r);
    expect(official.vendor.all.map((v) => v.card.id)).not.toContain('seed-004-app-credits');
    expect(codes(official)).not.toContain('sources-disagree');
  });

  it('never prices Motion Control without a reference', () => {
    const q = ok(request({ model: 'kling-v3-motion-control', mode: 'std', inputType: 'text' }));
    expect(q.vendor.all.every((v) => v.status === 'unavailable')).toBe(true);
    expect(q.vendor.used.status === 'unavailable' && q.vendor.used.reason).toBe(
      'Kling official API units does not price kling-v3-motion-control with input text: ' +
        'it needs an image or a video reference',
    );
    expect(q.margin).toBeNull();
  });

  it('uses another card when asked', () => {
    const q = ok(request({}), { vendorCardId: 'seed-002-usd' });
    expect(q.vendor.used.status === 'priced' && q.vendor.used.usd).toBe('1.111');
    expect(q.margin?.usd).toBe('1.049');
  });

  it('shows the approximate card only when chosen', () => {
    const r = request({ model: 'kling-v1.5', mode: 'std', resolution: '1080p', inputType: 'text' });
    expect(ok(r).vendor.all.map((v) => v.card.id)).not.toContain('seed-004-app-credits');
    const chosen = ok(r, { vendorCardId: 'seed-004-app-credits' });
    expect(chosen.vendor.used.approximate).toBe(true);
    expect(codes(chosen)).toContain('vendor-approximate');
  });

  it('leaves the margin unknown, never $0, when the vendor cost is unavailable', () => {
    const q = ok(request({ model: 'some-future-model' }));
    expect(q.vendor.used.status).toBe('unavailable');
    expect(q.margin).toBeNull();
    expect(codes(q)).toEqual(expect.arrayContaining(['unknown-model', 'vendor-unavailable']));
  });

  it('warns when the vendor bills another duration than the internal ceil', () => {
    const q = ok(
      request({ model: 'kling-v3', mode: 'std', durationSeconds: 5.4, resolution: '720p', inputType: 'text' }),
    );
    expect(q.internal.charged.billedSeconds).toBe(6);
    expect(q.vendor.used.status === 'priced' && q.vendor.used.billedSeconds).toBe(5);
    expect(codes(q)).toContain('vendor-duration-differs');
  });

  it('carries the audio margin risk', () => {
    expect(codes(ok(request({ model: 'kling-v2-6', inputType: 'text', audio: true })))).toContain('audio-not-charged');
  });

  it('applies a package to unit cards only', () => {
    const q = ok(request({}), { packageId: 'package-2' });
    const byCard = Object.fromEntries(q.vendor.all.map((v) => [v.card.id, v.status === 'priced' ? v.usd : null]));
    expect(byCard).toEqual({ 'kling-official-units': '1.008', 'seed-002-usd': '1.111' });
  });

  it('says when the chosen package does not apply', () => {
    const credits = ok(request({}), { packageId: 'credits-500' });
    expect(credits.vendor.used.status === 'priced' && credits.vendor.used.unitPrice?.packageId).toBe('list');
    expect(credits.notices.find((n) => n.code === 'package-not-applicable')?.message).toMatch(
      /not sold in Kling units/,
    );
    const usdCard = ok(request({}), { vendorCardId: 'seed-002-usd', packageId: 'package-2' });
    expect(codes(usdCard)).toContain('package-not-applicable');
    expect(codes(ok(request({}), { packageId: 'package-2' }))).not.toContain('package-not-applicable');
  });

  it.each([
    [{ durationSeconds: 0 }, 'durationSeconds: must be a number of seconds > 0 and ≤ 3600'],
    [{ durationSeconds: -5 }, 'durationSeconds: must be a number of seconds > 0 and ≤ 3600'],
    [{ durationSeconds: 4000 }, 'durationSeconds: must be a number of seconds > 0 and ≤ 3600'],
    [{ durationSeconds: Number.NaN }, 'durationSeconds: must be a number of seconds > 0 and ≤ 3600'],
    [{ model: '' }, 'model: must not be empty'],
  ])('never prices an invalid request %j', (overrides, error) => {
    expect(quote(request(overrides), cards)).toEqual({ ok: false, error });
  });

  it.each([
    [{ vendorCardId: 'nope' }, 'no vendor card "nope" is loaded'],
    [{ packageId: 'package-9' }, 'no package "package-9" is loaded'],
    [{ internalCardId: 'other' }, 'no internal card "other" is loaded'],
  ])('refuses %j with a reason', (options, error) => {
    expect(quote(request({}), cards, options)).toEqual({ ok: false, error });
  });
});
