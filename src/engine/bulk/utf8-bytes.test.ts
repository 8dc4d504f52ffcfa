import { describe, expect, it } from 'vitest';
import { createUtf8Bytes } from './utf8-bytes';

/** The UTF-8 bytes for `bytes` pushed `size` at a time. */
function recode(bytes: Uint8Array, size: number): Buffer {
  const utf8 = createUtf8Bytes();
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(utf8.push(bytes.subarray(i, i + size)));
  out.push(utf8.end());
  return Buffer.concat(out);
}

const TEXT = '{"prompt":"日本 🎬"}\r\n{"duration":5}\n';

describe('a file as UTF-8 bytes', () => {
  it.each([
    ['UTF-16LE with its byte-order mark', Buffer.from(`\uFEFF${TEXT}`, 'utf16le')],
    ['UTF-16BE with its byte-order mark', Buffer.from(`\uFEFF${TEXT}`, 'utf16le').swap16()],
    ['UTF-16LE without a byte-order mark', Buffer.from(TEXT, 'utf16le')],
    ['UTF-16BE without a byte-order mark', Buffer.from(TEXT, 'utf16le').swap16()],
  ])('re-encodes %s, whatever the pieces it comes in', (_name, bytes) => {
    for (const size of [1, 3, 16, bytes.length]) expect(recode(bytes, size).toString('utf8')).toBe(TEXT);
  });

  it('passes UTF-8 through untouched: its byte-order mark and bytes that are not UTF-8 are for later', () => {
    const bytes = Buffer.concat([Buffer.from(`\uFEFF${TEXT}`), Buffer.from([0xe9, 0x0a])]);
    for (const size of [1, 7, bytes.length]) expect(recode(bytes, size)).toEqual(bytes);
  });

  it('decides the encoding of an input shorter than the bytes that usually decide it', () => {
    expect(recode(Buffer.from('{}'), 1).toString()).toBe('{}');
    expect(recode(Buffer.from('\uFEFF{}', 'utf16le'), 1).toString()).toBe('{}');
    expect(recode(new Uint8Array(0), 1)).toHaveLength(0);
  });
});
