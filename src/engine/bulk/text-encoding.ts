/**
 * The bytes of a file of envelopes as text (SPEC §7: any input gives a clear message). Files
 * come as UTF-8, with or without a byte-order mark, or, from Windows tools (PowerShell's `>`,
 * Excel's "Unicode text"), as UTF-16, with or without one. UTF-16 is decoded; bytes that are
 * not valid UTF-8 are marked in the text (`NOT_UTF8`), so that the line or row holding them
 * is refused in words for people rather than priced with U+FFFD in it or answered with a
 * decoder's own error text.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Stands in the text for bytes that were not valid UTF-8: a lone surrogate, which no decoder
 * ever outputs, so it cannot be mistaken for a U+FFFD the file really holds.
 */
export const NOT_UTF8 = '\uDFFF';

/** How many first bytes decide the encoding (fewer when the input is shorter). */
export const SNIFF_BYTES = 16;

/** Which parity of the first positions holds nothing but NULs: ASCII text in UTF-16 does. */
function nulParity(at: (i: number) => number, length: number): 'even' | 'odd' | null {
  const n = Math.min(length, SNIFF_BYTES) & ~1;
  if (n < 2) return null;
  let even = true;
  let odd = true;
  for (let i = 0; i < n; i += 2) {
    even &&= at(i) === 0;
    odd &&= at(i + 1) === 0;
  }
  // All NULs is no text at all, in either encoding.
  return even === odd ? null : even ? 'even' : 'odd';
}

/**
 * The encoding of a file by its first bytes (up to `SNIFF_BYTES`): a byte-order mark, else
 * a NUL in every other byte (a JSON line or a CSV header starts with ASCII), else UTF-8.
 */
export function sniffTextEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const parity = nulParity((i) => head[i], head.length);
  return parity === 'odd' ? 'utf-16le' : parity === 'even' ? 'utf-16be' : 'utf-8';
}

/**
 * Why one line (or CSV row) of decoded text cannot be read, said after "line 3" or "row 3";
 * null when it can. A UTF-16 line inside a UTF-8 file shows as NULs in every other place.
 */
export function textProblem(text: string): string | null {
  if (text.includes(NOT_UTF8)) return 'is not valid UTF-8 text';
  if (text.includes('\0') && nulParity((i) => text.charCodeAt(i), text.length) !== null) {
    return 'is UTF-16 text: save the file as UTF-8 and try again';
  }
  return null;
}

// ignoreBOM: a byte-order mark is skipped at the start of a file only, by the caller; a
// decoder would skip it at the start of every piece it is given.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const NEWLINE = 0x0a;

/**
 * Whole UTF-8 characters as text. Where bytes are not valid, their whole line (a byte 0x0a
 * never occurs inside a character) is decoded leniently with each bad sequence as `NOT_UTF8`;
 * `valid` says whether any was.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strict.decode(bytes), valid: true };
  } catch {
    // Below, line by line: rare, so the common path is one call.
  }
  const lines: string[] = [];
  for (let start = 0; start <= bytes.length;) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    const line = bytes.subarray(start, end);
    try {
      lines.push(strict.decode(line));
    } catch {
      // The line is refused whole, so a real U+FFFD in it may be marked too.
      lines.push(lenient.decode(line).replaceAll('\uFFFD', NOT_UTF8));
    }
    start = end + 1;
  }
  return { text: lines.join('\n'), valid: false };
}

/** How many of `bytes` end on a whole UTF-8 character: the rest waits for the next piece. */
function wholeCharacters(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead < 4 && (bytes[lead] & 0xc0) === 0x80) lead -= 1;
  if (lead < 0) return bytes.length;
  const b = bytes[lead];
  const size = b >= 0xf8 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  // An invalid sequence is decoded now (and marked); only an unfinished one waits.
  return bytes.length - lead >= size ? bytes.length : lead;
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export interface StreamTextDecoder {
  /** The text of the bytes so far that make whole characters (may be empty). */
  push(bytes: Uint8Array): string;
  /** The rest of the text, at the end of the input. */
  end(): string;
}

/** Decodes a file piece by piece: UTF-16 (by `sniffTextEncoding`) or UTF-8, BOM skipped. */
export function createTextDecoder(): StreamTextDecoder {
  let encoding: TextEncodingName | null = null;
  let utf16: TextDecoder | null = null;
  let held: Uint8Array = new Uint8Array(0);

  const next = (bytes: Uint8Array, last: boolean): string => {
    if (utf16) return utf16.decode(bytes, { stream: !last });
    const data = join(held, bytes);
    const cut = last ? data.length : wholeCharacters(data);
    held = data.slice(cut);
    return cut === 0 ? '' : decodeUtf8(data.subarray(0, cut)).text;
  };
  const start = (last: boolean): string => {
    const head = held;
    held = new Uint8Array(0);
    encoding = sniffTextEncoding(head);
    // A UTF-16 decoder skips its own byte-order mark.
    if (encoding !== 'utf-8') utf16 = new TextDecoder(encoding);
    const bom = encoding === 'utf-8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    return next(bom ? head.subarray(3) : head, last);
  };

  return {
    push(bytes) {
      if (encoding !== null) return next(bytes, false);
      held = join(held, bytes);
      return held.length < SNIFF_BYTES ? '' : start(false);
    },
    end() {
      return encoding === null ? start(true) : next(new Uint8Array(0), true);
    },
  };
}
