import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOverUtf8Bytes, utf8Length } from './utf8-length';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  it('counts as TextEncoder encodes, surrogate pairs and lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '→ 3–15 s', '😀', 'a\uD800b', '\uDC00', '\uD83D']) {
      expect(utf8Length(text)).toBe(encoded(text));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === encoded(text)));
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
