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
});
