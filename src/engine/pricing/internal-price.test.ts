import { describe, expect, it } from 'vitest';
import { internalCard } from '../../../test/helpers/cards';
import { compileInternal } from '../cards/compiled-cards';
import { priceInternal } from './internal-price';
import type { QuoteRequest } from '../request/quote-request';
import type { InternalCard } from '../cards/rate-card-internal';
import { internalSteps } from './internal-steps';

const card = internalCard();

function request(overrides: Partial<QuoteRequest>): QuoteRequest {
  return {
    model: 'kling-v2-6',
    mode: 'std',
    durationSeconds: 5,
    resolution: '720p',
    inputType: 'text',
    audio: false,
    ...overrides,
  };
}

function both(r: QuoteRequest, on: InternalCard = card) {
  return [
    priceInternal(r, compileInternal(on), { honorResolution: false }).usd,
    priceInternal(r, compileInternal(on), { honorResolution: true }).usd,
  ];
}

describe('the internal price (SPEC §2)', () => {
  // [why, request, as billed (720p), at the requested resolution]
  it.each<[string, Partial<QuoteRequest>, string, string]>([
    ['exact tie 5 × 0.05 × 1.10 = 0.275 rounds up', { inputType: 'chisel' }, '0.28', '0.28'],
    ['exact tie at 4k: 1 × 0.05 × 2.5 = 0.125 rounds up', { durationSeconds: 1, resolution: '4k' }, '0.05', '0.13'],
    [
      'exact tie at 4k: 3 × 0.05 × 2.5 = 0.375',
      { durationSeconds: 3, resolution: '4k', inputType: 'image' },
      '0.15',
      '0.38',
    ],
    [
      'exact tie 10 × 0.12 × 1.25 × 1.3 × 1.5 = 2.925',
      { model: 'kling-v3', mode: 'pro', durationSeconds: 10, resolution: '1080p', inputType: 'video' },
      '1.95',
      '2.93',
    ],
    ['multi-image on kling-v3: 0.37375', { model: 'kling-v3', inputType: 'multi-image' }, '0.37', '0.37'],
    [
      'seed 000 Omni: 8 × 0.12 × 1.25 × 1.8',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 8, inputType: 'video' },
      '2.16',
      '2.16',
    ],
    [
      '480p honoured: 3 × 0.12 × 0.8 × 1.15 × 1.3',
      { model: 'kling-v3', mode: 'pro', durationSeconds: 3, resolution: '480p', inputType: 'multi-image' },
      '0.54',
      '0.43',
    ],
    [
      'chisel on O1 at 1080p: 0.693 and 1.0395',
      { model: 'kling-video-o1', durationSeconds: 7, resolution: '1080p', inputType: 'chisel' },
      '0.69',
      '1.04',
    ],
    ['video on kling-v3: 0.73125', { model: 'kling-v3', durationSeconds: 9, inputType: 'video' }, '0.73', '0.73'],
    ['fractional 5.2 s bills 6 s', { model: 'kling-v3', durationSeconds: 5.2 }, '0.39', '0.39'],
    [
      'fractional 0.1 s bills 1 s',
      { model: 'kling-v2-5-turbo', durationSeconds: 0.1, resolution: '480p' },
      '0.05',
      '0.04',
    ],
    ['4.0001 s bills 5 s', { durationSeconds: 4.0001 }, '0.25', '0.25'],
    ['kling-v1-6 is 1.0 by default', { model: 'kling-v1-6', inputType: 'image' }, '0.25', '0.25'],
    ['unknown model: multiplier 1.0', { model: 'some-future-model', mode: 'pro' }, '0.60', '0.60'],
    [
      'cap: 50 × 0.12 × 1.25 × 1.8 = 13.50',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 50, inputType: 'video' },
      '10.00',
      '10.00',
    ],
    [
      'cap at 4k only: 8.10 as billed, 20.25 at 4k',
      { model: 'kling-video-o1', mode: 'pro', durationSeconds: 30, resolution: '4k', inputType: 'video' },
      '8.10',
      '10.00',
    ],
    ['the longest request, 3600 s', { durationSeconds: 3600 }, '10.00', '10.00'],
  ])('%s', (_why, overrides, asBilled, atRequested) => {
    expect(both(request(overrides))).toEqual([asBilled, atRequested]);
  });

  it('shows every factor with its value and source, the raw amount and the rounding', () => {
    const price = priceInternal(
      request({ model: 'kling-video-o1', mode: 'pro', durationSeconds: 7.5, inputType: 'video' }),
      compileInternal(card),
      { honorResolution: false },
    );
    expect(internalSteps(price).map((s) => [s.key, s.value])).toEqual([
      ['seconds', '8'],
      ['base', '0.12'],
      ['resolution', '1.0'],
      ['input', '1.25'],
      ['model', '1.8'],
    ]);
    expect(internalSteps(price).every((s) => s.source.length > 0)).toBe(true);
    expect(price.rawUsd).toBe('2.16');
    expect(price.rounding).toEqual({ mode: 'half-up', decimals: 2, roundedUsd: '2.16' });
    expect(price.clamp.applied).toBeNull();
  });

  it('reports the cap with the unclamped amount', () => {
    const price = priceInternal(
      request({ model: 'kling-video-o1', mode: 'pro', durationSeconds: 50, inputType: 'video' }),
      compileInternal(card),
      { honorResolution: false },
    );
    expect(price.clamp).toEqual({ applied: 'cap', minUsd: '0.01', maxUsd: '10.00', unclampedUsd: '13.50' });
    expect(price.rawUsd).toBe('13.50');
    expect(price.notices.map((n) => n.code)).toContain('cap-applied');
    expect(price.notices.find((n) => n.code === 'cap-applied')?.message).toContain('$13.50');
  });

  it('applies the floor with the unclamped amount (an override multiplier small enough)', () => {
    const tiny: InternalCard = { ...card, modelMultipliers: { ...card.modelMultipliers, tiny: '0.01' } };
    const price = priceInternal(request({ model: 'tiny', durationSeconds: 1 }), compileInternal(tiny), {
      honorResolution: false,
    });
    expect(price.usd).toBe('0.01');
    expect(price.rawUsd).toBe('0.0005');
    expect(price.clamp).toMatchObject({ applied: 'floor', unclampedUsd: '0.00' });
    expect(price.notices.map((n) => n.code)).toContain('floor-applied');
  });

  it('rounds half-even when the card says so', () => {
    const even: InternalCard = { ...card, rounding: 'half-even' };
    expect(both(request({ inputType: 'chisel' }), even)).toEqual(['0.28', '0.28']);
    expect(both(request({ durationSeconds: 1, resolution: '4k' }), even)).toEqual(['0.05', '0.12']);
    expect(
      both(
        request({ model: 'kling-v3', mode: 'pro', durationSeconds: 10, resolution: '1080p', inputType: 'video' }),
        even,
      ),
    ).toEqual(['1.95', '2.92']);
  });

  it('warns about an unknown model by name, and never prices it at $0', () => {
    const price = priceInternal(request({ model: 'kling-v9-ultra' }), compileInternal(card), {
      honorResolution: false,
    });
    expect(price.usd).toBe('0.25');
    const notice = price.notices.find((n) => n.code === 'unknown-model');
    expect(notice?.message).toContain('kling-v9-ultra');
    expect(notice?.severity).toBe('warning');
  });

  it('matches model names exactly, as billing does', () => {
    expect(
      priceInternal(request({ model: 'KLING-V3' }), compileInternal(card), { honorResolution: false }).notices.map(
        (n) => n.code,
      ),
    ).toContain('unknown-model');
  });

  it('adds the audio note without charging for audio', () => {
    const silent = priceInternal(request({ mode: 'pro' }), compileInternal(card), { honorResolution: false });
    const audio = priceInternal(request({ mode: 'pro', audio: true }), compileInternal(card), {
      honorResolution: false,
    });
    expect(audio.usd).toBe(silent.usd);
    expect(audio.notices.map((n) => n.code)).toContain('audio-not-charged');
    expect(silent.notices.map((n) => n.code)).not.toContain('audio-not-charged');
  });

  it('says when billing ignores the requested resolution', () => {
    const price = priceInternal(request({ resolution: '1080p' }), compileInternal(card), { honorResolution: false });
    expect(price.resolution).toBe('720p');
    expect(price.notices.map((n) => n.code)).toContain('resolution-not-honored');
    const honoured = priceInternal(request({ resolution: '1080p' }), compileInternal(card), { honorResolution: true });
    expect(honoured.resolution).toBe('1080p');
    expect(honoured.notices.map((n) => n.code)).not.toContain('resolution-not-honored');
  });

  it('stamps every result with the card id and version', () => {
    expect(priceInternal(request({}), compileInternal(card), { honorResolution: false }).card).toEqual({
      id: 'internal',
      version: card.version,
    });
  });
});
