import fc from 'fast-check';
import { visit } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, offsetPastDepth } from './json-depth';

describe('offsetPastDepth', () => {
  it('finds the first opener past the limit', () => {
    expect(offsetPastDepth('['.repeat(5_000))).toBe(MAX_JSON_DEPTH);
    expect(offsetPastDepth('{"a":'.repeat(100_000))).toBe(5 * MAX_JSON_DEPTH);
    expect(offsetPastDepth('[[[]]]', 3)).toBe(-1);
    expect(offsetPastDepth('[[[[]]]]', 3)).toBe(3);
    expect(offsetPastDepth('[[]][[]][[]]', 2)).toBe(-1);
  });

  it('does not count brackets in strings, escaped quotes included', () => {
    expect(offsetPastDepth(JSON.stringify({ prompt: '['.repeat(5_000) }))).toBe(-1);
    expect(offsetPastDepth(JSON.stringify({ prompt: `\\"${'{'.repeat(5_000)}"` }))).toBe(-1);
  });

  it('counts what jsonc-parser reads as brackets: after a line break in a string, a quote in a comment', () => {
    expect(offsetPastDepth(`"a\n${'['.repeat(600)}`)).toBe(3 + MAX_JSON_DEPTH);
    expect(offsetPastDepth(`/* " */${'['.repeat(600)}`)).toBe(7 + MAX_JSON_DEPTH);
    expect(offsetPastDepth(`// "\n${'['.repeat(600)}`)).toBe(5 + MAX_JSON_DEPTH);
    expect(offsetPastDepth(`/* ${'['.repeat(600)} */`)).toBe(-1);
  });

  it('is not fooled by closers that close nothing: jsonc-parser stays at its level', () => {
    // jsonc-parser skips the `]` inside an object, then opens the next object one level deeper.
    const text = `{${'"a":{],'.repeat(10_000)}`;
    expect(offsetPastDepth(text)).not.toBe(-1);
    expect(offsetPastDepth(']'.repeat(1_000) + '['.repeat(600))).toBe(1_000 + MAX_JSON_DEPTH);
  });

  it('never lets through text that jsonc-parser reads deeper than the limit', () => {
    const token = fc.constantFrom('[', ']', '{', '}', '"a":', ',', '"', '\n', '/*', '*/', '//', '\\', '1');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        // Inside a container jsonc-parser goes on after an error, where a miscount would show.
        const text = `[${tokens.join('')}`;
        if (offsetPastDepth(text, 2) !== -1) return;
        let depth = 0;
        let deepest = 0;
        const enter = () => {
          depth += 1;
          deepest = Math.max(deepest, depth);
        };
        const leave = () => {
          depth -= 1;
        };
        const visitor = { onObjectBegin: enter, onArrayBegin: enter, onObjectEnd: leave, onArrayEnd: leave };
        visit(text, visitor, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        expect(deepest).toBeLessThanOrEqual(2);
      }),
      { numRuns: 5_000 },
    );
  });
});
