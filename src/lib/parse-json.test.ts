import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';

describe('parseJson', () => {
  it('parses', () => {
    expect(parseJson('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "model_name": "kling-v3",\n  "duration": 5,\n}', 4, 1],
    ['{"a": 1 "b": 2}', 1, 9],
    ['{\n  "a": tru\n}', 2, 8],
    ['{"a": ', 1, 7],
    ['{"a": 1} x', 1, 10],
    ['{"a": 1,}', 1, 9],
  ])('gives the line and column of %j', (text, line, column) => {
    const parsed = parseJson(text);
    expect(parsed).toMatchObject({ ok: false, line, column });
    const where = `line ${line}, column ${column}`;
    if (!parsed.ok) expect(parsed.error).toMatch(new RegExp(`^Not valid JSON at ${where}: .+\\.$`));
  });

  it('asks for something when nothing was pasted', () => {
    const asked = { ok: false, error: 'Paste a request envelope as JSON.', line: null, column: null };
    expect(parseJson('   ')).toEqual(asked);
  });

  describe('bounds the nesting before anything recursive reads it', () => {
    it('refuses 5,000 unclosed [ with the place, instead of overflowing the stack', () => {
      expect(parseJson('['.repeat(5_000))).toEqual({
        ok: false,
        error: 'Nested too deeply at line 1, column 513: more than 512 levels of [ and {.',
        line: 1,
        column: 513,
      });
    });

    it('refuses 100,000 levels of {"a": even when they are closed', () => {
      const text = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
      expect(parseJson(text)).toMatchObject({ ok: false, line: 1, column: 2561 });
      const tooDeep = /^Nested too deeply at line 1, column 2561: /;
      expect(parseJson(text)).toMatchObject({ error: expect.stringMatching(tooDeep) });
    });

    it('gives the line of the level too deep', () => {
      expect(parseJson(`{\n  "a":\n${'['.repeat(600)}`)).toMatchObject({ ok: false, line: 3, column: 512 });
    });

    it('does not count brackets in strings', () => {
      const value = { prompt: `${'['.repeat(5_000)} and ${'{'.repeat(5_000)} "quoted [" \\ end` };
      expect(parseJson(JSON.stringify(value))).toEqual({ ok: true, value });
    });

    it('still reads 512 levels, and a normal envelope', () => {
      expect(parseJson(`${'['.repeat(512)}${']'.repeat(512)}`)).toMatchObject({ ok: true });
      const envelope = { model_name: 'kling-video-o1', mode: 'pro', duration: 8, image_list: [{ image: 'a.jpg' }] };
      expect(parseJson(JSON.stringify(envelope, null, 2))).toEqual({ ok: true, value: envelope });
    });

    // jsonc-parser skips a `]` inside an object and goes one level deeper at each next `{`.
    it('is not fooled by closers that close nothing', () => {
      expect(parseJson(`{${'"a":{],'.repeat(10_000)}`)).toMatchObject({ ok: false, line: 1, column: 3583 });
    });
  });
});
