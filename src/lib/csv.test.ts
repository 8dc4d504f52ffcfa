import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting and keeps numbers as they are', () => {
    expect(
      toCsv([
        ['label', 'usd'],
        ['O3, 10 s', '1250.00'],
        ['say "hi"', '-0.10'],
      ]),
    ).toBe('label,usd\r\n"O3, 10 s",1250.00\r\n"say ""hi""",-0.10\r\n');
  });

  it('defuses spreadsheet formulas in user text', () => {
    expect(toCsv([['=HYPERLINK("x")', '@cmd', '+1+1']])).toBe(`"'=HYPERLINK(""x"")",'@cmd,'+1+1\r\n`);
  });
});
