/**
 * How deep pasted JSON nests, found in one pass without recursion, so that nothing recursive
 * (jsonc-parser's error scan, a schema, a renderer) ever meets text deep enough to overflow
 * the stack: 38 bytes of a tampered link expand to 10,000 `[`.
 */

/** Deeper than any envelope or account answer, far below any engine's stack. */
export const MAX_JSON_DEPTH = 512;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const LF = 0x0a;
const CR = 0x0d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** What ends a run of a string's characters: its closing quote, an escape, a line break. */
const STRING_STOP = /["\\\n\r]/g;

/** Where a string or comment starting at `start` ends (the offset after it), read as jsonc-parser reads it. */
function skipTrivia(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === QUOTE) {
    // A line break ends a string for jsonc-parser too, so brackets after it are counted. The
    // characters in between are skipped by a native search: a 1 MB prompt is one string.
    for (let i = start + 1; ;) {
      STRING_STOP.lastIndex = i;
      const stop = STRING_STOP.exec(text);
      if (!stop) return text.length;
      const d = text.charCodeAt(stop.index);
      if (d === BACKSLASH) i = stop.index + 2;
      else return d === QUOTE ? stop.index + 1 : stop.index;
    }
  }
  const next = text.charCodeAt(start + 1);
  if (c === SLASH && next === SLASH) {
    let i = start + 2;
    while (i < text.length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i += 1;
    return i;
  }
  if (c === SLASH && next === STAR) {
    const end = text.indexOf('*/', start + 2);
    return end === -1 ? text.length : end + 2;
  }
  return start + 1;
}

/**
 * The offset of the first `[` or `{` that opens more than `limit` levels, or -1. Brackets in
 * strings (and comments, which jsonc-parser skips too) are not counted. A closer counts only
 * when it matches the innermost opener: jsonc-parser skips a mismatched one without leaving
 * the level, so this count is never below its depth, whatever the text.
 */
export function offsetPastDepth(text: string, limit: number = MAX_JSON_DEPTH): number {
  const openers: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === SLASH) {
      i = skipTrivia(text, i);
      continue;
    }
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (openers.length === limit) return i;
      openers.push(c);
    } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && openers.at(-1) === c - 2) {
      // `]` and `}` are two code points after their openers.
      openers.pop();
    }
    i += 1;
  }
  return -1;
}
