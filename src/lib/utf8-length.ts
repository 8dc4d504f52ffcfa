/**
 * How many bytes a string takes as UTF-8 (as a Blob or TextEncoder would write it: a lone
 * surrogate as U+FFFD, 3 bytes), counted without encoding it: a size check on a 1 MB paste
 * costs a loop over its characters, not a copy of it.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one code point of 4 bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether `text` is over `limit` bytes as UTF-8; counted only when its length leaves doubt. */
export function isOverUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}
