import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { findVendorCard, unitPriceFor } from '../cards/card-set';
import { compileVendor } from '../cards/compiled-cards';
import { times, toDecimalString, usd, wholeRatio } from '../money/money';
import type { QuoteRequest } from '../request/quote-request';
import { priceVendorCard, type VendorPriced, type VendorQuote } from './vendor-cost';
import { vendorTier } from './vendor-row';

function request(overrides: Partial<QuoteRequest>): QuoteRequest {
  return {
    model: 'kling-v3',
    mode: 'std',
    durationSeconds: 5,
    resolution: '720p',
    inputType: 'text',
    audio: false,
    ...overrides,
  };
}

function on(cardId: string, overrides: Partial<QuoteRequest>, packageId?: string): VendorQuote {
  const card = findVendorCard(cards, cardId);
  if (!card) throw new Error(`no card ${cardId}`);
  return priceVendorCard(request(overrides), compileVendor(card, cards.packages), unitPriceFor(cards, card, packageId));
}

function priced(q: VendorQuote): VendorPriced {
  if (q.status !== 'priced') throw new Error(`unavailable: ${q.reason}`);
  return q;
}

const official = (o: Partial<QuoteRequest>, pkg?: string) => on('kling-official-units', o, pkg);

describe('official units at list price ($0.14)', () => {
  // [why, request, units, usd, billed seconds]
  it.each<[string, Partial<QuoteRequest>, string, string, number]>([
    [
      'seed 000: 10 s Omni in pro without video deducts 8',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 10 },
      '8',
      '1.12',
      10,
    ],
    [
      'the same with a first-frame image',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 10, resolution: '1080p', inputType: 'image' },
      '8',
      '1.12',
      10,
    ],
    [
      'seed 000 payload: 8 s pro with a video',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 8, inputType: 'video' },
      '9.6',
      '1.344',
      8,
    ],
    ['Omni std with a video: 0.9/s', { model: 'kling-video-o1', inputType: 'video' }, '4.5', '0.63', 5],
    [
      'Omni 7 s from two frames: 3–10 s range',
      { model: 'kling-video-o1', durationSeconds: 7, inputType: 'multi-image' },
      '4.2',
      '0.588',
      7,
    ],
    ['Omni text at 7 s: only 5 or 10, next up', { model: 'kling-video-o1', durationSeconds: 7 }, '6', '0.84', 10],
    ['3.0 std silent', {}, '3', '0.42', 5],
    ['3.0 pro with audio', { mode: 'pro', durationSeconds: 10, audio: true }, '12', '1.68', 10],
    ['3.0 at 4k', { resolution: '4k' }, '15', '2.10', 5],
    ['3.0 std asked at 1080p bills the 1080p tier', { resolution: '1080p' }, '4', '0.56', 5],
    ['3.0 below its 3 s minimum bills 3 s', { durationSeconds: 2 }, '1.8', '0.252', 3],
    ['5.4 s bills 5 s (nearest second)', { durationSeconds: 5.4 }, '3', '0.42', 5],
    ['5.5 s bills 6 s (half up)', { durationSeconds: 5.5 }, '3.6', '0.504', 6],
    ['15.4 s bills 15 s', { durationSeconds: 15.4 }, '9', '1.26', 15],
    [
      'O3 pro with audio, no video',
      { model: 'kling-v3-omni', mode: 'pro', durationSeconds: 10, audio: true },
      '10',
      '1.40',
      10,
    ],
    ['O3 with a video input', { model: 'kling-v3-omni', inputType: 'video' }, '4.5', '0.63', 5],
    ['2.6 pro with audio', { model: 'kling-v2-6', mode: 'pro', audio: true }, '5', '0.70', 5],
    ['2.5 Turbo std', { model: 'kling-v2-5-turbo' }, '1.5', '0.21', 5],
    [
      'Motion Control 3.0, 30 s video reference at 1080p',
      { model: 'kling-v3-motion-control', mode: 'pro', durationSeconds: 30, inputType: 'video' },
      '36',
      '5.04',
      30,
    ],
    ['seed 003: V1.0 std 5 s', { model: 'kling-v1' }, '1', '0.14', 5],
    ['seed 003: V1.0 std 10 s', { model: 'kling-v1', durationSeconds: 10 }, '2', '0.28', 10],
    ['seed 003: V1.0 pro 5 s', { model: 'kling-v1', mode: 'pro' }, '3.5', '0.49', 5],
    ['seed 003: V1.0 pro 10 s', { model: 'kling-v1', mode: 'pro', durationSeconds: 10 }, '7', '0.98', 10],
    ['seed 003: V1.6 std 5 s', { model: 'kling-v1-6', inputType: 'image' }, '2', '0.28', 5],
    ['seed 003: V2.1 std 10 s', { model: 'kling-v2-1', durationSeconds: 10 }, '4', '0.56', 10],
    [
      'seed 003: V1.6 multi-image pro 10 s',
      { model: 'kling-v1-6', mode: 'pro', durationSeconds: 10, inputType: 'multi-image' },
      '7',
      '0.98',
      10,
    ],
    ['seed 003: V2.0 Master 5 s', { model: 'kling-v2-master' }, '10', '1.40', 5],
    ['seed 003: V2.1 Master 10 s', { model: 'kling-v2-1-master', mode: 'pro', durationSeconds: 10 }, '20', '2.80', 10],
    ['seed 003: multi-elements std 10 s', { model: 'kling-v1-6-multi-elements', durationSeconds: 10 }, '6', '0.84', 10],
    ['seed 003: multi-elements pro 5 s', { model: 'kling-v1-6-multi-elements', mode: 'pro' }, '5', '0.70', 5],
    ['per clip: 5.2 s rounds to 5 s, the 5 s clip', { model: 'kling-v1', durationSeconds: 5.2 }, '1', '0.14', 5],
    ['per clip: 5.5 s rounds to 6 s, the 10 s clip', { model: 'kling-v1', durationSeconds: 5.5 }, '2', '0.28', 10],
    ['per clip: 10.4 s rounds to 10 s', { model: 'kling-v1-6', durationSeconds: 10.4 }, '4', '0.56', 10],
    ['kling-v1-6 std 5.4 s is the 5 s clip', { model: 'kling-v1-6', durationSeconds: 5.4 }, '2', '0.28', 5],
    ['kling-v1-6 std 5.2 s is the 5 s clip', { model: 'kling-v1-6', durationSeconds: 5.2 }, '2', '0.28', 5],
    ['kling-v1-6 std 5.5 s is the 10 s clip', { model: 'kling-v1-6', durationSeconds: 5.5 }, '4', '0.56', 10],
    ['Omni text 4.5 s rounds to 5 s', { model: 'kling-video-o1', durationSeconds: 4.5 }, '3', '0.42', 5],
    ['2.6 at 10.4 s is the 10 s option', { model: 'kling-v2-6', durationSeconds: 10.4 }, '3', '0.42', 10],
    [
      'Motion Control, 0.4 s rounds to 0 s: its shortest, 1 s',
      { model: 'kling-v3-motion-control', durationSeconds: 0.4, inputType: 'image' },
      '0.9',
      '0.126',
      1,
    ],
    [
      'Motion Control, several images are an image reference',
      { model: 'kling-v3-motion-control', inputType: 'multi-image' },
      '4.5',
      '0.63',
      5,
    ],
    ['per clip: 3 s is priced at 5 s', { model: 'kling-v1', durationSeconds: 3 }, '1', '0.14', 5],
  ])('%s', (_why, overrides, units, usdText, seconds) => {
    const q = priced(official(overrides));
    expect([q.units, q.usd, q.billedSeconds]).toEqual([units, usdText, seconds]);
    expect(q.unitPrice).toMatchObject({ packageId: 'list', usd: '0.14' });
  });

  it.each<[string, Partial<QuoteRequest>, RegExp]>([
    ['Omni has no audio', { model: 'kling-video-o1', audio: true }, /kling-video-o1 with audio/],
    [
      'Omni runs at most 10 s',
      { model: 'kling-video-o1', durationSeconds: 12, inputType: 'video' },
      /^12 s; Kling O1 \(Omni\), with video input runs 3–10 s$/,
    ],
    ['3.0 runs at most 15 s', { durationSeconds: 15.6 }, /^15\.6 s rounds to 16 s; Kling 3\.0 runs 3–15 s$/],
    ['15.5 s is 16 s', { durationSeconds: 15.5 }, /^15\.5 s rounds to 16 s; Kling 3\.0 runs 3–15 s$/],
    [
      '10.5 s on kling-v1 is 11 s',
      { model: 'kling-v1', durationSeconds: 10.5 },
      /^10\.5 s rounds to 11 s; Kling 1\.0 offers 5 s or 10 s$/,
    ],
    [
      'Motion Control needs a reference',
      { model: 'kling-v3-motion-control' },
      /kling-v3-motion-control with input text: it needs an image or a video reference$/,
    ],
    [
      'Motion Control 2.6 needs a reference',
      { model: 'kling-v2-6-motion-control', mode: 'pro' },
      /it needs an image or a video reference$/,
    ],
    [
      'O3 takes no audio with a video input',
      { model: 'kling-v3-omni', inputType: 'video', audio: true },
      /kling-v3-omni with audio together with a video input$/,
    ],
    ['2.6 audio is pro only', { model: 'kling-v2-6', audio: true }, /offered at 1080p, not at 720p/],
    [
      '2.5 Turbo offers 5 or 10 s',
      { model: 'kling-v2-5-turbo', durationSeconds: 12 },
      /^12 s; Kling 2\.5 Turbo offers 5 s or 10 s$/,
    ],
    [
      'per-clip models have no 11 s clip',
      { model: 'kling-v1', durationSeconds: 11 },
      /^11 s; Kling 1\.0 offers 5 s or 10 s$/,
    ],
    ['legacy models take no video input', { model: 'kling-v1', inputType: 'video' }, /with a video input/],
    [
      'Motion Control with an image reference stops at 10 s',
      { model: 'kling-v3-motion-control', durationSeconds: 30, inputType: 'image' },
      /^30 s; Kling 3\.0 Motion Control, image reference runs 1–10 s$/,
    ],
    ['an unknown model', { model: 'some-future-model' }, /no price for model some-future-model/],
    ['Omni has no 4k', { model: 'kling-video-o1', resolution: '4k' }, /not at 4k/],
  ])('unavailable, with the reason: %s', (_why, overrides, reason) => {
    const q = official(overrides);
    expect(q.status).toBe('unavailable');
    if (q.status === 'unavailable') expect(q.reason).toMatch(reason);
  });

  it('notes a duration the vendor adjusts', () => {
    expect(priced(official({ model: 'kling-v1', durationSeconds: 5.5 })).notices).toContainEqual({
      code: 'vendor-duration-adjusted',
      severity: 'warning',
      message: 'Kling 1.0 offers 5 s or 10 s: 6 s is billed as the next offered duration up, 10 s',
    });
    expect(priced(official({ model: 'kling-v1', durationSeconds: 5.2 })).notices.map((n) => n.code)).not.toContain(
      'vendor-duration-adjusted',
    );
    expect(priced(official({ durationSeconds: 2 })).notices.map((n) => n.code)).toContain('vendor-duration-adjusted');
    expect(priced(official({ durationSeconds: 5 })).notices.map((n) => n.code)).not.toContain(
      'vendor-duration-adjusted',
    );
  });

  it('shows every step: seconds, rate, units and unit price', () => {
    const q = priced(official({ model: 'kling-video-o1', mode: 'pro', durationSeconds: 10 }));
    expect(q.steps.map((s) => [s.key, s.value])).toEqual([
      ['seconds', '10'],
      ['rate', '0.8'],
      ['units', '8'],
      ['unit-price', '0.14'],
    ]);
    expect(q.card).toEqual({ id: 'kling-official-units', version: '2026-09-20' });
  });
});

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
