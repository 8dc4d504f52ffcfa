import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { internalCard } from '../../../test/helpers/cards';
import { compileInternal } from '../cards/compiled-cards';
import { priceInternal } from './internal-price';
import { compareAmounts, usd } from '../money/money';
import { MAX_DURATION_SECONDS, type QuoteRequest } from '../request/quote-request';
import type { InternalCard } from '../cards/rate-card-internal';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';

const card = internalCard();
const models = [...Object.keys(card.modelMultipliers), 'kling-v3-omni', 'unknown-model'];

const duration = fc.double({ min: Number.MIN_VALUE, max: MAX_DURATION_SECONDS, noNaN: true });
const requestArb: fc.Arbitrary<QuoteRequest> = fc.record({
  model: fc.constantFrom(...models),
  mode: fc.constantFrom(...MODES),
  durationSeconds: duration,
  resolution: fc.constantFrom(...RESOLUTIONS),
  inputType: fc.constantFrom(...INPUT_TYPES),
  audio: fc.boolean(),
});
const honor = fc.boolean();
const atMost = (a: string, b: string) => compareAmounts(usd(a), usd(b)) <= 0;

describe('internal price properties', () => {
  it('is never outside [$0.01, $10.00] and always has two decimals', () => {
    fc.assert(
      fc.property(requestArb, honor, (r, honorResolution) => {
        const { usd: price } = priceInternal(r, compileInternal(card), { honorResolution });
        expect(price).toMatch(/^\d+\.\d{2}$/);
        expect(atMost('0.01', price) && atMost(price, '10.00')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never decreases as the duration grows', () => {
    fc.assert(
      fc.property(requestArb, duration, honor, (r, other, honorResolution) => {
        const [shorter, longer] = [r.durationSeconds, other].sort((a, b) => a - b);
        const a = priceInternal({ ...r, durationSeconds: shorter }, compileInternal(card), { honorResolution }).usd;
        const b = priceInternal({ ...r, durationSeconds: longer }, compileInternal(card), { honorResolution }).usd;
        expect(atMost(a, b)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never decreases as a multiplier grows', () => {
    const grow = fc.constantFrom('0.01', '0.25', '1.0', '1.15', '1.5', '2.5', '4');
    type Which = 'resolution' | 'input' | 'model' | 'base';
    fc.assert(
      fc.property(
        requestArb,
        fc.constantFrom<Which>('resolution', 'input', 'model', 'base'),
        grow,
        grow,
        (r, which, x, y) => {
          const [low, high] = compareAmounts(usd(x), usd(y)) <= 0 ? [x, y] : [y, x];
          const withFactor = (value: string): InternalCard => {
            if (which === 'resolution')
              return {
                ...card,
                resolutionMultipliers: { ...card.resolutionMultipliers, [card.billedResolution]: value },
              };
            if (which === 'input')
              return { ...card, inputMultipliers: { ...card.inputMultipliers, [r.inputType]: value } };
            if (which === 'base') return { ...card, basePerSecondUsd: { ...card.basePerSecondUsd, [r.mode]: value } };
            return { ...card, modelMultipliers: { ...card.modelMultipliers, [r.model]: value } };
          };
          const a = priceInternal(r, compileInternal(withFactor(low)), { honorResolution: false }).usd;
          const b = priceInternal(r, compileInternal(withFactor(high)), { honorResolution: false }).usd;
          expect(atMost(a, b)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('as billed, does not depend on the requested resolution', () => {
    fc.assert(
      fc.property(requestArb, fc.constantFrom(...RESOLUTIONS), (r, other) => {
        expect(priceInternal(r, compileInternal(card), { honorResolution: false }).usd).toBe(
          priceInternal({ ...r, resolution: other }, compileInternal(card), { honorResolution: false }).usd,
        );
      }),
    );
  });
});
