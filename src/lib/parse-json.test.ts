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
    if (!parsed.ok) expect(parsed.error).toMatch(new RegExp(`^Not valid JSON at line ${line}, column ${column}: .+\\.$`));
  });

  it('asks for something when nothing was pasted', () => {
    expect(parseJson('   ')).toEqual({ ok: false, error: 'Paste a request envelope as JSON.', line: null, column: null });
  });
});
