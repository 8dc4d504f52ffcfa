import { describe, expect, it } from 'vitest';
import { ignoredParam, paramReader } from './url-params';

describe('URL parameters', () => {
  it('names an ignored value quoted, and clips a long one', () => {
    expect(ignoredParam('duration', '-5')).toBe('duration ("-5")');
    expect(ignoredParam('svc', 'x'.repeat(100))).toBe(`svc ("${'x'.repeat(39)}…")`);
  });

  it('reads a parameter, keeps the fallback when it is absent, and names one it cannot read', () => {
    const ignored: string[] = [];
    const read = paramReader(new URLSearchParams('?a=7&b=x'), ignored);
    const number = (t: string) => (/^\d+$/.test(t) ? Number(t) : null);
    expect([read('a', number, 1), read('b', number, 2), read('c', number, 3)]).toEqual([7, 2, 3]);
    expect(ignored).toEqual(['b ("x")']);
  });

  it('says which value of a repeated parameter is used: the first, or the default when the first is not valid', () => {
    const ignored: string[] = [];
    const read = paramReader(new URLSearchParams('?a=8&a=10&b=x&b=4'), ignored);
    const number = (t: string) => (/^\d+$/.test(t) ? Number(t) : null);
    expect([read('a', number, 1), read('b', number, 2)]).toEqual([8, 2]);
    expect(ignored).toEqual(['a ("10"), given twice: "8" is used', 'b ("x")', 'b ("4"), given twice: "2" is used']);
  });
});
