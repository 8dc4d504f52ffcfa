import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { official, on, priced, request } from '../../../test/helpers/vendor';
import { findVendorCard, unitPriceFor } from '../cards/card-set';
import { compileVendor } from '../cards/compiled-cards';
import { times, toDecimalString, usd, wholeRatio } from '../money/money';
import type { QuoteRequest } from '../request/quote-request';
import { priceVendorCard, type VendorPriced } from './vendor-cost';
import { vendorTier } from './vendor-row';

describe('prepaid packages (seed 003)', () => {
  it.each([
    ['package-2', '0.126', '1.008'],
    ['package-3', '0.112', '0.896'],
    ['package-1', '0.14', '1.12'],
    ['trial-100', '0.0979', '0.7832'],
    ['trial-1000', '0.09799', '0.78392'],
  ])('%s prices 8 units at $%s each: $%s', (pkg, unitPrice, total) => {
    const q = priced(official({ model: 'kling-video-o1', mode: 'pro', durationSeconds: 10 }, pkg));
    expect(q.unitPrice?.usd).toBe(unitPrice);
    expect(q.usd).toBe(total);
  });
});

describe('seed 002 published USD rates', () => {
  const seed002 = (o: Partial<QuoteRequest>) => on('seed-002-usd', o);
  it.each<[string, Partial<QuoteRequest>, string]>([
    [
      'O3 10 s 1080p with audio',
      { model: 'kling-v3-omni', mode: 'pro', durationSeconds: 10, resolution: '1080p', audio: true },
      '1.25',
    ],
    ['3.0 10 s 1080p with audio', { mode: 'pro', durationSeconds: 10, resolution: '1080p', audio: true }, '1.50'],
    ['O3 720p silent', { model: 'kling-v3-omni', durationSeconds: 10 }, '0.75'],
    ['3.0 720p with audio', { durationSeconds: 10, audio: true }, '1.13'],
    ['O1 image-to-video 10 s', { model: 'kling-video-o1', durationSeconds: 10, inputType: 'image' }, '1.111'],
    ['O1 image-to-video 5 s', { model: 'kling-video-o1', inputType: 'image' }, '0.556'],
    ['O1 7 s is priced as its 10 s clip', { model: 'kling-video-o1', durationSeconds: 7, inputType: 'image' }, '1.111'],
    [
      'Motion Control, 30 s at 1080p: the $4.53 maximum',
      { model: 'kling-v3-motion-control', mode: 'pro', durationSeconds: 30, inputType: 'video' },
      '4.53',
    ],
  ])('%s: $%s', (_why, overrides, expected) => {
    const q = priced(seed002(overrides));
    expect(q.usd).toBe(expected);
    expect(q.units).toBeNull();
  });

  it("reproduces seed 002's table at volume exactly", () => {
    const o3 = priced(
      seed002({ model: 'kling-v3-omni', mode: 'pro', durationSeconds: 10, resolution: '1080p', audio: true }),
    );
    const v3 = priced(seed002({ mode: 'pro', durationSeconds: 10, resolution: '1080p', audio: true }));
    const o1 = priced(seed002({ model: 'kling-video-o1', durationSeconds: 10, inputType: 'image' }));
    const at = (q: VendorPriced, clips: number) => toDecimalString(times(usd(q.usd), wholeRatio(clips)), 2);
    expect([100, 500, 1000].map((n) => [at(o3, n), at(v3, n)])).toEqual([
      ['125.00', '150.00'],
      ['625.00', '750.00'],
      ['1250.00', '1500.00'],
    ]);
    expect([100, 500, 1000].map((n) => at(o1, n))).toEqual(['111.10', '555.50', '1111.00']);
  });

  it('prices kling-v2-5-turbo nowhere (SPEC §3.4)', () => {
    expect(seed002({ model: 'kling-v2-5-turbo' }).status).toBe('unavailable');
  });

  it('prices only text-to-video for 3.0 and O3', () => {
    const q = seed002({ inputType: 'image' });
    expect(q.status === 'unavailable' && q.reason).toMatch(/with input image/);
  });
});

describe('seed 004 app credits (approximate)', () => {
  const credits = (o: Partial<QuoteRequest>, pkg?: string) => on('seed-004-app-credits', o, pkg);
  it.each<[string, Partial<QuoteRequest>, string, string]>([
    ['Enhanced 10 s at 1080p', { model: 'kling-v1.5', durationSeconds: 10, resolution: '1080p' }, '100', '5.00'],
    ['Enhanced 3 s at 4k', { model: 'kling-v1.5', durationSeconds: 3, resolution: '4k' }, '45', '2.25'],
    ['Standard 7 s at 720p', { model: 'kling-v1', durationSeconds: 7 }, '28', '1.40'],
    ['Pro 60 s at 1080p', { model: 'kling-pro', durationSeconds: 60, resolution: '1080p' }, '1200', '60.00'],
  ])('%s', (_why, overrides, units, expected) => {
    const q = priced(credits(overrides));
    expect([q.units, q.usd, q.approximate]).toEqual([units, expected, true]);
  });

  it('uses its own credit packages', () => {
    expect(priced(credits({ model: 'kling-v1.5', durationSeconds: 10, resolution: '1080p' }, 'credits-1000')).usd).toBe(
      '3.50',
    );
    // A Kling unit package does not apply to app credits: the card's default stays.
    expect(priced(credits({ model: 'kling-v1.5', durationSeconds: 10, resolution: '1080p' }, 'package-3')).usd).toBe(
      '5.00',
    );
  });

  it('has no 480p, and no 4k for the Standard tier (its maximum is 1080p)', () => {
    expect(credits({ model: 'kling-v1', resolution: '480p' }).status).toBe('unavailable');
    expect(credits({ model: 'kling-v1', resolution: '4k' }).status).toBe('unavailable');
  });

  it('truncates credits to a whole number, as int() does in the seed', () => {
    const card = findVendorCard(cards, 'seed-004-app-credits');
    if (!card) throw new Error('no card');
    const halfCredit = {
      ...card,
      rows: card.rows.map((r) => (r.basis === 'per-second' ? { ...r, rates: { ...r.rates, '4k': '7.5' } } : r)),
    };
    const q = priced(
      priceVendorCard(
        request({ model: 'kling-v1', durationSeconds: 3, resolution: '4k' }),
        compileVendor(halfCredit, cards.packages),
        unitPriceFor(cards, card),
      ),
    );
    expect([q.units, q.usd]).toEqual(['22', '1.10']);
  });
});

describe('the vendor tier', () => {
  const card = findVendorCard(cards, 'kling-official-units');
  it.each<[Partial<QuoteRequest>, string]>([
    [{ mode: 'std', resolution: '720p' }, '720p'],
    [{ mode: 'std', resolution: '480p' }, '720p'],
    [{ mode: 'pro', resolution: '720p' }, '1080p'],
    [{ mode: 'std', resolution: '1080p' }, '1080p'],
    [{ mode: 'pro', resolution: '4k' }, '4k'],
  ])('%j bills at %s', (overrides, tier) => {
    expect(card && vendorTier(card, request(overrides))).toBe(tier);
  });
});
