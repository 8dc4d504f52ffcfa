/**
 * Bulk pricing memoizes a quote by model and `requestCode`: these properties hold the key to
 * the answers it stands for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { quote } from '../pricing/quote';
import { toQuoteRecord } from '../pricing/quote-record';
import type { QuoteRequest } from '../request/quote-request';
import { requestCode } from './request-code';
import { nearestSecond } from '../pricing/vendor-duration';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';

const MODELS = ['kling-v3', 'kling-video-o1', 'kling-v2-6', 'kling-v1-6', 'kling-v2-1-master', 'kling-v3-omni', 'kling-v2-5-turbo', 'unknown-model'];
// Whole seconds, halves and arbitrary fractions, up to the 3600 s limit.
const duration = fc.oneof(
  fc.integer({ min: 1, max: 40 }),
  fc.integer({ min: 1, max: 80 }).map((n) => n / 2),
  fc.double({ min: 0.01, max: 3600, noNaN: true }),
);
const request: fc.Arbitrary<QuoteRequest> = fc.record({
  model: fc.constantFrom(...MODELS),
  mode: fc.constantFrom(...MODES),
  durationSeconds: duration,
  resolution: fc.constantFrom(...RESOLUTIONS),
  inputType: fc.constantFrom(...INPUT_TYPES),
  audio: fc.boolean(),
});

/**
 * A quote line without what echoes the exact duration: its member, and the refusals that
 * name it ("15.6 s rounds to 16 s; …").
 */
function record(r: QuoteRequest) {
  const result = quote(r, cards);
  if (!result.ok) throw new Error(result.error);
  const text = JSON.stringify({ ...toQuoteRecord(result.quote), duration_seconds: 'echoed' });
  return JSON.parse(text.replaceAll(`${r.durationSeconds} s rounds to`, 'D s rounds to')) as unknown;
}

describe('requestCode', () => {
  it('is equal exactly when mode, resolution, input, audio, ceil, nearest second and wholeness are', () => {
    const facts = (r: QuoteRequest) => {
      const d = r.durationSeconds;
      return [r.mode, r.resolution, r.inputType, r.audio, Math.ceil(d), nearestSecond(d), Number.isInteger(d)];
    };
    fc.assert(
      fc.property(request, request, (a, b) => {
        expect(requestCode(a) === requestCode(b)).toBe(JSON.stringify(facts(a)) === JSON.stringify(facts(b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a request that is not valid rather than give a code another request has', () => {
    const valid: QuoteRequest = { model: 'kling-v3', mode: 'pro', durationSeconds: 4, resolution: '720p', inputType: 'text', audio: false };
    expect(() => requestCode({ ...valid, mode: 'x' as QuoteRequest['mode'], durationSeconds: 5 })).toThrow(/not a valid request/);
    expect(() => requestCode({ ...valid, inputType: 'hologram' as QuoteRequest['inputType'] })).toThrow(/not a valid request/);
  });

  it('stands for the whole quote: one model and code, one answer but for the duration echoed', () => {
    fc.assert(
      fc.property(request, fc.double({ min: -0.49, max: 0.49, noNaN: true }), (a, shift) => {
        // A duration nearby, often with the same code (same ceil, nearest second, wholeness).
        const b = { ...a, durationSeconds: Math.min(3600, Math.max(0.001, a.durationSeconds + shift)) };
        if (requestCode(a) === requestCode(b)) expect(record(b)).toEqual(record(a));
      }),
      { numRuns: 1500 },
    );
  });
});
