import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOverUtf8Bytes } from './utf8-length';

const encoded = (text: string) => new TextEncoder().encode(text).length;

/**
 * Not over at its encoded length, over a byte below it. A byte below, the length never settles it
 * (a UTF-16 unit is 3 bytes at most), so the count is always made there unless every character is ASCII.
 */
const limitIsExact = (text: string) => {
  const bytes = encoded(text);
  return !isOverUtf8Bytes(text, bytes) && (bytes === 0 || isOverUtf8Bytes(text, bytes - 1));
};

describe('isOverUtf8Bytes', () => {
  it('counts as TextEncoder encodes, surrogate pairs and lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '→ 3–15 s', '😀', 'a\uD800b', '\uDC00', '\uD83D']) {
      expect([text, limitIsExact(text)]).toEqual([text, true]);
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), limitIsExact));
  });

  it('says whether a text is over a limit, counting only when in doubt', () => {
    expect(isOverUtf8Bytes('a'.repeat(10), 10)).toBe(false);
    expect(isOverUtf8Bytes('a'.repeat(11), 10)).toBe(true);
    expect(isOverUtf8Bytes('é'.repeat(5), 10)).toBe(false);
    expect(isOverUtf8Bytes('é'.repeat(6), 10)).toBe(true);
    expect(isOverUtf8Bytes('→'.repeat(3), 10)).toBe(false);
    expect(isOverUtf8Bytes('→'.repeat(4), 10)).toBe(true);
  });
});
