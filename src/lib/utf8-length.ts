/**
 * How many bytes a string takes as UTF-8 (as a Blob or TextEncoder would write it: a lone
 * surrogate as U+FFFD, 3 bytes), counted without encoding it. Every character is one byte at
 * least; a regular expression finds the runs of wider ones, so that a size check on a 1 MB paste
 * of mostly ASCII is a native scan (a character-by-character loop cost ~5 ms a keystroke).
 */
const WIDE_RUNS = /[\u0080-\uffff]+/g;

/** The bytes beyond one a character that a run of characters at or above U+0080 takes. */
function extraBytes(run: string): number {
  let extra = 0;
  for (let i = 0; i < run.length; i += 1) {
    const c = run.charCodeAt(i);
    if (c < 0x800) extra += 1;
    else if (c >= 0xd800 && c < 0xdc00 && (run.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two characters, one code point of 4 bytes.
      extra += 2;
      i += 1;
    } else extra += 2;
  }
  return extra;
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (const run of text.matchAll(WIDE_RUNS)) bytes += extraBytes(run[0]);
  return bytes;
}

/** Whether `text` is over `limit` bytes as UTF-8; counted only when its length leaves doubt. */
export function isOverUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}
