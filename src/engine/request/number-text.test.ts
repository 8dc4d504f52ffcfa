import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNumberText, numberText } from './number-text';
import { parseEnvelope } from './envelope';
import { checkedRequest, durationSourceText, durationText } from './checked-request';

/** Decimal texts of every form: fractions, long and short ones, leading and trailing zeros. */
const decimalText = fc
  .tuple(
    fc.stringMatching(/^\d{1,22}$/),
    fc.option(fc.stringMatching(/^\d{0,22}$/), { nil: undefined }),
    fc.constantFrom('', '0', '00', '000000'),
  )
  .map(([whole, fraction, zeros]) => (fraction === undefined ? whole : `${whole}.${zeros}${fraction}`));

describe('a number’s own text (decision 73)', () => {
  it('is said only of text that JavaScript writes back the same', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText, fc.string()), (text) => {
        if (isNumberText(text)) expect(String(Number(text))).toBe(text);
      }),
      { numRuns: 20_000 },
    );
  });

  it('is said of the text of any duration as JavaScript writes it, short of 16 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 3600, noNaN: true }), fc.integer({ min: 0, max: 15 }), (x, places) => {
        const text = String(Number(x.toFixed(places)));
        if (text.replace(/^0\.0*|\./g, '').length <= 15 && !text.includes('e')) expect(isNumberText(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['15.839', true],
    ['0.5', true],
    ['0.000001', true],
    ['3600', true],
    ['0.0000001', false],
    ['0.50', false],
    ['05', false],
    ['.5', false],
    ['5.', false],
    [' 5', false],
    ['1234567890123456', false],
  ])('%s: %s', (text, own) => {
    expect(isNumberText(text)).toBe(own);
  });
});

describe('a number written by hand', () => {
  it('is String(x), for any number', () => {
    const near = (x: number) => [x, Number(x.toFixed(3)), Number(x.toPrecision(15)), Number(x.toPrecision(16))];
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 0, max: 4000 }), fc.double(), fc.integer({ min: 0, max: 3_600_000 })),
        (x) => {
          for (const y of [...near(x), x / 1000]) expect(numberText(y)).toBe(String(y));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it.each([0.1, 0.3, 1e-6, 1.5e-6, 1e-7, 15.839, 3600, 0.000123, 999999999999999, 1e15, 1e21, -2, 0])(
    'writes %s',
    (x) => {
      expect(numberText(x)).toBe(String(x));
    },
  );

  it('writes a request’s duration as JSON does, from its text or its number', () => {
    const parsed = parseEnvelope({ model_name: 'kling-v3', duration: 31.677 });
    expect(parsed.ok && durationText(parsed.request)).toBe(JSON.stringify(31.677));
    const other = parseEnvelope({ model_name: 'kling-v3', duration: '0031.6770' });
    expect(other.ok && durationText(other.request)).toBe('31.677');
  });
});

describe('the duration’s source text', () => {
  it('is the envelope’s text when it is the number’s own, and none after the duration changed', () => {
    const parsed = parseEnvelope({ model_name: 'kling-v3', duration: '15.839' });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(durationSourceText(parsed.request)).toBe('15.839');
    const other = parseEnvelope({ model_name: 'kling-v3', duration: '15.8390' });
    expect(other.ok && durationSourceText(other.request)).toBeUndefined();
    const changed = parsed.request as { durationSeconds: number };
    changed.durationSeconds = 2;
    expect(durationSourceText(parsed.request)).toBeUndefined();
    expect(durationSourceText({ ...parsed.request })).toBeUndefined();
    expect(durationSourceText(checkedRequest({ ...parsed.request, durationSeconds: 5 }, '5'))).toBe('5');
  });
});
