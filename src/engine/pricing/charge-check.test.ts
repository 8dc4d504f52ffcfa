import { describe, expect, it } from 'vitest';
import { cardsWith, internalVersion } from '../../../test/helpers/versioned-cards';
import { cardsInForce } from '../cards/cards-in-force';
import type { CardSet } from '../cards/card-set';
import type { QuoteRequest } from '../request/quote-request';
import { checkCharge } from './charge-check';
import { quote, type QuoteOptions } from './quote';

// The internal card changed on 2026-12-15: kling-v3 went from 1.3 to 1.5.
const older = cardsWith(
  internalVersion('2026-12-15', (c) => ({ modelMultipliers: { ...c.modelMultipliers, 'kling-v3': '1.5' } })),
);
const base: QuoteRequest = {
  model: 'kling-v3',
  mode: 'std',
  durationSeconds: 5,
  resolution: '720p',
  inputType: 'text',
  audio: false,
};

function check(
  request: Partial<QuoteRequest>,
  charged: { usd?: string; units?: string },
  date = '2026-12-01',
  set: CardSet = older,
  options: QuoteOptions = {},
) {
  const cards = cardsInForce(set, date);
  const result = quote({ ...base, ...request }, cards, options);
  if (!result.ok) throw new Error(result.error);
  const charge = { createdAt: null, chargedUsd: charged.usd ?? null, unitsDeducted: charged.units ?? null };
  return checkCharge(result.quote, charge, cards);
}

describe('checking what was charged', () => {
  it('matches when the charge is the price of the card in force, however it is written', () => {
    expect(check({}, { usd: '0.33' })).toEqual({
      status: 'match',
      usd: { status: 'match', charged: '0.33', expected: '0.33', difference: '0.00', cause: null, causeCode: null },
      units: null,
    });
    expect(check({}, { usd: '0.330' })?.status).toBe('match');
  });

  it('names the 720p rule when the requested resolution was charged', () => {
    expect(check({ resolution: '1080p' }, { usd: '0.49' })?.usd).toEqual({
      status: 'mismatch',
      charged: '0.49',
      expected: '0.33',
      difference: '0.16',
      cause: 'the 720p rule not applied: charged at the requested 1080p gives $0.49',
      causeCode: 'resolution-honored',
      causeCard: { id: 'internal', version: '2026-11-21' },
    });
  });

  it('names binary floating point (0.575 is 0.57499… as a double)', () => {
    const usd = check({ model: 'kling-v2-6', inputType: 'multi-image', durationSeconds: 10 }, { usd: '0.57' })?.usd;
    expect(usd).toMatchObject({ expected: '0.58', difference: '-0.01', causeCode: 'floating-point' });
    expect(usd?.cause).toMatch(/^binary floating point: .* gives \$0\.57 \(so does another rounding mode: floor/);
  });

  it('names binary floating point whatever order the product was taken in', () => {
    // 34 × 0.05 × 1.15 = 1.955: seconds first gives 1.96 as a double, the base rate first 1.95.
    const request = { model: 'kling-v2-5-turbo', inputType: 'multi-image', durationSeconds: 34 } as const;
    expect(check(request, { usd: '1.95' })?.usd).toMatchObject({ expected: '1.96', causeCode: 'floating-point' });
  });

  it('names another rounding mode when only it gives the amount', () => {
    // 0.325 (kling-v3, 5 s std): half-even and truncation give 0.32; a double gives 0.33 here.
    expect(check({}, { usd: '0.32' })?.usd).toMatchObject({ causeCode: 'rounding', difference: '-0.01' });
  });

  it('names the older card version for a charge made after the card changed', () => {
    expect(check({}, { usd: '0.33' }, '2026-12-20')?.usd).toEqual({
      status: 'mismatch',
      charged: '0.33',
      expected: '0.38',
      difference: '-0.05',
      cause: 'another card version: internal@2026-11-21 gives $0.33',
      causeCode: 'card-version',
      causeCard: { id: 'internal', version: '2026-11-21' },
    });
  });

  it('names another input type and another duration rounding', () => {
    expect(check({}, { usd: '0.41' })?.usd).toMatchObject({ causeCode: 'input-type' }); // video: 0.40625
    expect(check({ durationSeconds: 5.2 }, { usd: '0.33' })?.usd).toMatchObject({
      expected: '0.39',
      causeCode: 'duration-rounding',
      cause: 'another duration rounding: 5.2 s to the nearest second (5 s), not up gives $0.33',
    });
  });

  it('names the unclamped amount when the floor was not applied', () => {
    const tiny = cardsWith(
      internalVersion('2026-12-01', (c) => ({ modelMultipliers: { ...c.modelMultipliers, 'kling-v3': '0.01' } })),
    );
    const usd = check({ durationSeconds: 1 }, { usd: '0.00' }, '2026-12-02', tiny)?.usd;
    expect(usd).toMatchObject({ expected: '0.01', causeCode: 'unclamped' });
  });

  it('says no known rule gives an amount none of them reproduce', () => {
    expect(check({}, { usd: '0.77' })?.usd).toEqual({
      status: 'mismatch',
      charged: '0.77',
      expected: '0.33',
      difference: '0.44',
      cause: 'no known rule gives $0.77',
      causeCode: null,
    });
  });

  it('checks the units Kling deducted, with their own causes', () => {
    expect(check({}, { units: '3' })).toMatchObject({ status: 'match', usd: null, units: { difference: '0' } });
    // Kling 3.0 std 5 s: 3 units; the same clip from an image… costs the same, from a video it is not offered.
    const wrong = check({ durationSeconds: 5.2 }, { units: '3.6' });
    expect(wrong).toMatchObject({ status: 'mismatch', units: { expected: '3', difference: '0.6' } });
  });

  it('is mismatched when either amount is, and unchecked when there is nothing to compare', () => {
    expect(check({}, { usd: '0.33', units: '4' })?.status).toBe('mismatch');
    const usdCard = check({}, { units: '3' }, '2026-12-01', older, { vendorCardId: 'seed-002-usd' });
    expect(usdCard).toMatchObject({ status: 'unchecked', units: { status: 'unchecked', expected: null } });
  });
});
