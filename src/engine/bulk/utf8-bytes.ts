/**
 * A file's bytes as UTF-8, piece by piece, for the line splitter, which cuts at newline bytes
 * before anything is decoded. UTF-16 (by `sniffTextEncoding`: Windows PowerShell's `>` writes
 * it) is decoded and re-encoded; anything else passes through untouched, a byte-order mark
 * and bytes that are not UTF-8 included: those are dealt with line by line, later.
 */
import { SNIFF_BYTES, sniffTextEncoding } from './text-encoding';

export interface Utf8Bytes {
  /** UTF-8 bytes for the bytes so far (may be empty: the first bytes wait to decide the encoding). */
  push(bytes: Uint8Array): Uint8Array;
  /** The rest, at the end of the input. */
  end(): Uint8Array;
}

const NOTHING = new Uint8Array(0);

export function createUtf8Bytes(): Utf8Bytes {
  const encoder = new TextEncoder();
  let head: Uint8Array | null = NOTHING; // null once the encoding is known
  let utf16: TextDecoder | null = null;

  const recode = (bytes: Uint8Array, last: boolean) =>
    utf16 ? encoder.encode(utf16.decode(bytes, { stream: !last })) : bytes;
  const start = (bytes: Uint8Array, last: boolean) => {
    head = null;
    const encoding = sniffTextEncoding(bytes);
    // A UTF-16 decoder skips its own byte-order mark.
    utf16 = encoding === 'utf-8' ? null : new TextDecoder(encoding);
    return recode(bytes, last);
  };

  return {
    push(bytes) {
      if (head === null) return recode(bytes, false);
      const joined = new Uint8Array(head.length + bytes.length);
      joined.set(head);
      joined.set(bytes, head.length);
      head = joined;
      return head.length < SNIFF_BYTES ? NOTHING : start(head, false);
    },
    end() {
      // An input shorter than the bytes that usually decide its encoding is decided by what it has.
      return head !== null ? start(head, true) : recode(NOTHING, true);
    },
  };
}
