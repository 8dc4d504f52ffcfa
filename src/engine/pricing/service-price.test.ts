import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { findServicesCard, unitPriceForServices } from '../cards/card-set';
import { priceService } from './service-price';

const card = findServicesCard(cards);
function line(id: string, input: Parameters<typeof priceService>[2], packageId?: string) {
  if (!card) throw new Error('no services card');
  // The chosen package goes both to the unit price and to the line, which warns when it does not apply.
  const result = priceService(card, id, { ...input, packageId }, unitPriceForServices(cards, card, packageId));
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('seed 003 services', () => {
  it.each([
    [4.9, 1, '0.5', '0.07'],
    [5, 1, '0.5', '0.07'],
    [5.1, 2, '1', '0.14'],
    [12, 3, '1.5', '0.21'],
  ])('lip-sync of %s s: %i blocks, %s units, $%s', (seconds, blocks, units, usdText) => {
    expect(line('lip-sync', { durationSeconds: seconds })).toMatchObject({ blocks, units, usd: usdText });
  });

  it.each([
    ['video-extension-v1-std', {}, '1', '0.14'],
    ['video-extension-v1x-std', {}, '2', '0.28'],
    ['video-extension-pro', {}, '3.5', '0.49'],
    ['effect-single-2', {}, '2', '0.28'],
    ['effect-single-3-5', {}, '3.5', '0.49'],
    ['effect-dual-std', {}, '2', '0.28'],
    ['effect-dual-pro', {}, '3.5', '0.49'],
    ['text-to-audio', { durationSeconds: 8 }, '0.25', '0.035'],
    ['video-to-audio', { durationSeconds: 20 }, '0.25', '0.035'],
    ['kolors-v1', {}, '1', '0.0035'],
    ['kolors-text-to-image', {}, '4', '0.014'],
    ['kolors-image-to-image', {}, '8', '0.028'],
    ['kolors-multi-image', {}, '16', '0.056'],
    ['kolors-expansion', {}, '8', '0.028'],
    ['virtual-try-on', {}, '1', '0.07'],
    ['kolors-text-to-image', { count: 10 }, '40', '0.14'],
  ] as const)('%s %j: %s units, $%s (seed 003)', (id, input, units, usdText) => {
    expect(line(id, input)).toMatchObject({ units, usd: usdText });
  });

  it('prices video units at the chosen package, and never prices a service internally at $0', () => {
    const l = line('lip-sync', { durationSeconds: 12 }, 'package-3');
    expect([l.unitPriceUsd, l.usd]).toEqual(['0.112', '0.168']);
    expect(l.internal).toEqual({ usd: null, reason: 'not on the internal card: set a price with an override' });
  });

  it.each([
    ['lip-sync', {}, 'needs a duration'],
    ['text-to-audio', { durationSeconds: 12 }, 'takes 3–10 s, not 12 s'],
    ['effect-single-2', { count: 0 }, 'count must be a whole number'],
    ['no-such-service', {}, 'no service "no-such-service"'],
  ] as const)('refuses %s %j with the reason', (id, input, reason) => {
    const result = card && priceService(card, id, input, unitPriceForServices(cards, card));
    expect(result && !result.ok && result.error).toContain(reason);
  });
});

describe('a service price set by an override', () => {
  it('prices the line internally per task, image or block', () => {
    if (!card) throw new Error('no card');
    const result = priceService(card, 'lip-sync', { durationSeconds: 12 }, unitPriceForServices(cards, card), '0.10');
    expect(result.ok && result.internal).toEqual({ usd: '0.30', reason: null });
    const images = priceService(card, 'kolors-text-to-image', { count: 10 }, unitPriceForServices(cards, card), '0.02');
    expect(images.ok && images.internal.usd).toBe('0.20');
  });
});

describe('a chosen package that does not apply (package-not-applicable)', () => {
  const lipSync = 'Lip-sync (any video, per 5-second block; a partial block counts as a whole one)';

  it('warns that Kolors has its own published price, and prices it at $0.0035 a unit', () => {
    const l = line('kolors-text-to-image', {}, 'package-2');
    expect([l.unitPriceUsd, l.usd]).toEqual(['0.0035', '0.014']);
    expect(l.notices).toEqual([
      {
        code: 'package-not-applicable',
        severity: 'warning',
        message:
          'Kolors 1.5 / 2.0 / 2.1 text-to-image has its own published price ($0.0035 a unit): ' +
          'package "package-2" does not apply.',
      },
    ]);
  });

  it('warns that a try-on has its own published price, whatever the package', () => {
    const l = line('virtual-try-on', {}, 'package-3');
    expect([l.unitPriceUsd, l.usd]).toEqual(['0.07', '0.07']);
    expect(l.notices.map((n) => n.message)).toEqual([
      'Virtual try-on 1.0 / 1.5, one try-on task has its own published price ($0.07 a unit): ' +
        'package "package-3" does not apply.',
    ]);
  });

  it('warns that an app-credit package is not sold in Kling units, and prices lip-sync at list $0.14', () => {
    const l = line('lip-sync', { durationSeconds: 12 }, 'credits-500');
    expect([l.units, l.unitPriceUsd, l.usd]).toEqual(['1.5', '0.14', '0.21']);
    expect(l.notices).toEqual([
      {
        code: 'package-not-applicable',
        severity: 'warning',
        message: `Package "credits-500" is not sold in Kling units: ${lipSync} is priced at List price ($0.14 a unit).`,
      },
    ]);
  });

  it('says nothing when the chosen package applies: lip-sync at package-2, $0.126 a unit', () => {
    const l = line('lip-sync', { durationSeconds: 12 }, 'package-2');
    expect([l.units, l.unitPriceUsd, l.usd]).toEqual(['1.5', '0.126', '0.189']);
    expect(l.notices).toEqual([]);
  });

  it('says nothing when no package was chosen', () => {
    expect(line('kolors-text-to-image', {}).notices).toEqual([]);
    expect(line('virtual-try-on', {}).notices).toEqual([]);
    expect(line('lip-sync', { durationSeconds: 12 }).notices).toEqual([]);
  });
});
