import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextDecoder, decodeUtf8, NOT_UTF8, sniffTextEncoding, textProblem } from './text-encoding';

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const bytes = (...parts: Array<string | number[] | Uint8Array>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

/** Everything a decoder gives for `input` pushed in pieces of `size` bytes. */
function decodeInPieces(input: Uint8Array, size: number): string {
  const decoder = createTextDecoder();
  let text = '';
  for (let i = 0; i < input.length; i += size) text += decoder.push(input.subarray(i, i + size));
  return text + decoder.end();
}

const LINE = '{"model_name":"kling-v3","duration":5,"prompt":"é 日本 🎬"}\n';

describe('the encoding of a file', () => {
  it('is told by a byte-order mark, else by NULs in every other one of the first bytes, else UTF-8', () => {
    expect(sniffTextEncoding(bytes([0xff, 0xfe], 'x'))).toBe('utf-16le');
    expect(sniffTextEncoding(bytes([0xfe, 0xff], 'x'))).toBe('utf-16be');
    expect(sniffTextEncoding(utf16le('{"model_name"'))).toBe('utf-16le');
    expect(sniffTextEncoding(utf16be('model_name,duration'))).toBe('utf-16be');
    expect(sniffTextEncoding(bytes([0xef, 0xbb, 0xbf], LINE))).toBe('utf-8');
    expect(sniffTextEncoding(bytes(LINE))).toBe('utf-8');
    expect(sniffTextEncoding(new Uint8Array(8))).toBe('utf-8'); // all NULs: not text at all
    expect(sniffTextEncoding(new Uint8Array(0))).toBe('utf-8');
  });
});

describe('decoding a file', () => {
  it('reads UTF-16 with or without its byte-order mark, and skips a UTF-8 one', () => {
    const text = `${LINE}${LINE}`;
    expect(decodeInPieces(bytes([0xff, 0xfe], utf16le(text)), 5)).toBe(text);
    expect(decodeInPieces(bytes([0xfe, 0xff], utf16be(text)), 3)).toBe(text);
    expect(decodeInPieces(utf16le(text), 7)).toBe(text);
    expect(decodeInPieces(utf16be(text), 64)).toBe(text);
    expect(decodeInPieces(bytes([0xef, 0xbb, 0xbf], text), 1)).toBe(text);
    // A mark elsewhere is text (it is not the start of the file).
    expect(decodeInPieces(bytes(LINE, [0xef, 0xbb, 0xbf], 'x'), 4)).toBe(`${LINE}\uFEFFx`);
    expect(decodeInPieces(bytes('{}'), 1)).toBe('{}');
  });

  it('marks bytes that are not UTF-8, in their line only, and keeps a real U+FFFD elsewhere', () => {
    const input = bytes('{"a":"\uFFFD"}\n{"b":"', [0xff, 0xc3], '"}\n{"c":1}');
    const { text, valid } = decodeUtf8(input);
    expect(valid).toBe(false);
    expect(text.split('\n')).toEqual(['{"a":"\uFFFD"}', `{"b":"${NOT_UTF8}${NOT_UTF8}"}`, '{"c":1}']);
    expect(decodeUtf8(bytes(LINE))).toEqual({ text: LINE, valid: true });
  });

  it('gives the same text whatever the pieces, valid or not (a character split across pieces is whole)', () => {
    const piece = fc.oneof(
      // No real U+FFFD: in a line refused for bad bytes it may be marked too, as pieces allow.
      fc.string({ unit: fc.constantFrom('a', '\n', 'é', '日', '🎬', '"') }).map((s) => Buffer.from(s)),
      fc.uint8Array({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.integer({ min: 1, max: 9 }), (parts, size) => {
        // Start with text that is neither a byte-order mark nor NULs in every other byte.
        const input = bytes('xy', ...parts);
        const whole = decodeInPieces(input, input.length);
        expect(decodeInPieces(input, size)).toBe(whole);
        expect(whole).toBe(decodeUtf8(input).text);
      }),
    );
  });
});

describe('a line that cannot be read', () => {
  it('is said in words for people', () => {
    expect(textProblem(`{"model_name":"${NOT_UTF8}"}`)).toBe('is not valid UTF-8 text');
    expect(textProblem(utf16le('{"model_name":"kling-v3"}').toString('latin1'))).toBe(
      'is UTF-16 text: save the file as UTF-8 and try again',
    );
    expect(textProblem(`\0${utf16le('{"model_name"').toString('latin1')}`)).toBe(
      'is UTF-16 text: save the file as UTF-8 and try again',
    );
    expect(textProblem(LINE)).toBeNull();
    expect(textProblem('{"a":"\uFFFD"}')).toBeNull();
  });
});
