import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { applyOverrides } from '../cards/apply-overrides';
import { NO_OVERRIDES } from '../cards/overrides-shape';
import { INPUT_TYPES, MODES, RESOLUTIONS } from '../request/vocabulary';
import { quote } from './quote';
import { toQuoteRecord } from './quote-record';
import { quoteRecordText } from './quote-record-text';
import { checkCharge } from './charge-check';

const models = [
  'kling-v3',
  'kling-v3-omni',
  'kling-video-o1',
  'kling-v1',
  'kling-v2-6',
  'kling-v3-motion-control',
  'odd "model"\\é',
  // Whatever JSON escapes, or might: control characters, a lone surrogate, a pair, U+2028.
  'tab\tnew\nline\u0001',
  'lone \ud800 half',
  'clapper 🎬',
  'line\u2028separator',
];
const request = fc.record({
  model: fc.oneof(fc.constantFrom(...models), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 })),
  mode: fc.constantFrom(...MODES),
  durationSeconds: fc.oneof(fc.integer({ min: 1, max: 3600 }), fc.double({ min: 0.001, max: 3600, noNaN: true })),
  resolution: fc.constantFrom(...RESOLUTIONS),
  inputType: fc.constantFrom(...INPUT_TYPES),
  audio: fc.boolean(),
});
const withOverrides = applyOverrides(cards, {
  ...NO_OVERRIDES,
  modelMultipliers: { 'kling-v3': '0.01' },
  customVendorRates: [{ model: 'kling-v2-5-turbo', usdPerSecond: '0.05' }],
  vendorDiscountPct: '12.5',
});
const options = fc.record({
  honorResolution: fc.boolean(),
  vendorCardId: fc.constantFrom(undefined, 'kling-official-units', 'seed-002-usd', 'seed-004-app-credits'),
  packageId: fc.constantFrom(undefined, 'package-2', 'credits-500'),
});

const amount = fc.option(fc.integer({ min: 0, max: 2000 }).map((cents) => (cents / 100).toFixed(2)));
const charge = fc.option(
  fc.record({
    asOf: fc.constantFrom('2026-12-01', '2026-12-01T10:00:00Z'),
    charge: fc.record({ createdAt: fc.constant(null), chargedUsd: amount, unitsDeducted: amount }),
  }),
);

describe('a quote record as text', () => {
  it('is the JSON of the record, byte for byte, on any quote', () => {
    fc.assert(
      fc.property(request, options, fc.boolean(), fc.option(fc.nat()), charge, (r, o, overridden, line, paid) => {
        const set = overridden ? withOverrides : cards;
        const result = quote(r, set, o);
        if (!result.ok) return;
        const derivation =
          line === null ? undefined : { inputType: r.inputType, rule: 1 as const, reason: `explicit "${r.inputType}"` };
        const lineNumber = line ?? undefined;
        const extra = paid ? { asOf: paid.asOf, check: checkCharge(result.quote, paid.charge, set) } : {};
        expect(quoteRecordText(result.quote, derivation, lineNumber, extra)).toBe(
          JSON.stringify(toQuoteRecord(result.quote, derivation, lineNumber, extra)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
