import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { createFilePricer, detectFormat } from './file-pricer';

/** Prices the file `text` (as UTF-8, or bytes as they are) fed in pieces of `chunk` bytes. */
function priceAll(format: 'jsonl' | 'csv', text: string | Uint8Array, chunk = 7) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const pricer = createFilePricer(format, cards);
  const rows = [];
  for (let i = 0; i < bytes.length; i += chunk) rows.push(...pricer.push(bytes.subarray(i, i + chunk)));
  rows.push(...pricer.end());
  return { rows, totals: pricer.totals() };
}

describe('pricing a file', () => {
  it('prices JSON Lines with per-row errors and exact totals by model and input type', () => {
    const text = [
      '{"model_name":"kling-video-o1","mode":"pro","duration":8,"image":"a","video":"v"}',
      'not json',
      '',
      '{"model_name":"kling-v3","duration":-5}',
      '{"model_name":"kling-v3","mode":"pro","duration":"10","resolution":"1080p","image":"a","image_tail":"b"}',
      '{"model_name":"mystery","duration":5}',
    ].join('\n');
    const { rows, totals } = priceAll('jsonl', text);
    // Rows are line numbers, and every line is answered: line 3 is blank.
    expect(rows.map((r) => [r.row, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
      [6, true],
    ]);
    expect(rows[2]).toMatchObject({ ok: false, error: 'empty line: expected a request envelope as JSON' });
    expect(rows[3]).toMatchObject({ error: 'duration: must be a number of seconds > 0 and ≤ 3600, got -5' });
    expect(totals).toMatchObject({ rows: 3, failed: 3, internalUsd: '4.20', vendorUsd: '2.464', vendorUnavailable: 1 });
    expect(totals.byModel['kling-video-o1']).toEqual({
      rows: 1,
      internalUsd: '2.16',
      vendorUsd: '1.344',
      marginUsd: '0.816',
      vendorUnavailable: 0,
    });
    expect(totals.byInputType['multi-image']).toMatchObject({ rows: 1, internalUsd: '1.79', vendorUsd: '1.12' });
    expect(totals.marginUsd).toBe('1.486');
  });

  it('prices CSV with the header naming envelope fields', () => {
    const text =
      'model_name,mode,duration,image,video,generateAudio\n' +
      'kling-video-o1,pro,8,a,v,false\nkling-v2-6,pro,5,,,true\nkling-v3,std,abc,,,\n';
    const { rows, totals } = priceAll('csv', text, 5);
    expect(
      rows.map((r) => (r.ok ? [r.row, r.quote.internal.charged.usd, r.quote.request.inputType] : [r.row, r.error])),
    ).toEqual([
      [1, '2.16', 'video'],
      [2, '0.60', 'text'],
      [3, 'duration: must be a number of seconds > 0 and ≤ 3600, got "abc"'],
    ]);
    expect(totals.internalUsd).toBe('2.76');
  });

  it('detects the format', () => {
    expect(detectFormat('a.csv', '{')).toBe('csv');
    expect(detectFormat('a.jsonl', 'x')).toBe('jsonl');
    expect(detectFormat('upload', '  {"model_name"')).toBe('jsonl');
    expect(detectFormat('upload', 'model_name,duration')).toBe('csv');
  });

  it('answers every blank line, as the CLI does, but not the newline that ends the file', () => {
    // The same input as the CLI's test in test/cli.test.ts.
    const text = '{"model_name":"kling-v3","duration":5}\n\n   \r\n{"model_name":"kling-v3","duration":6}\n';
    for (const chunk of [1, 7, text.length]) {
      expect(priceAll('jsonl', text, chunk).rows.map((r) => (r.ok ? [r.row, true] : [r.row, r.error]))).toEqual([
        [1, true],
        [2, 'empty line: expected a request envelope as JSON'],
        [3, 'empty line: expected a request envelope as JSON'],
        [4, true],
      ]);
    }
    expect(priceAll('jsonl', `${text}\n`).rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers a 1.2 MB line fed in 64 KB chunks with one error row, and the next line keeps its number', () => {
    const long = `{"model_name":"kling-v3","duration":5,"prompt":"${'x'.repeat(1_200_000)}"}`;
    const text = `{"model_name":"kling-v3","duration":5}\n${long}\n{"model_name":"kling-v3","duration":6}\n`;
    const { rows, totals } = priceAll('jsonl', text, 65_536);
    expect(rows.map((r) => (r.ok ? [r.row, r.quote.internal.charged.usd] : [r.row, r.error]))).toEqual([
      [1, '0.33'],
      [2, 'the line is over 1 MB'],
      [3, '0.39'],
    ]);
    expect(totals).toMatchObject({ rows: 2, failed: 1 });
  });

  it('answers a blank CSV line as a row, so rows keep their numbers', () => {
    const text = 'model_name,duration\nkling-v3,5\n\nkling-v3,6\n  \n';
    expect(priceAll('csv', text, 4).rows.map((r) => (r.ok ? [r.row, true] : [r.row, r.error]))).toEqual([
      [1, true],
      [2, 'empty line: expected a request envelope as a CSV row'],
      [3, true],
      [4, 'empty line: expected a request envelope as a CSV row'],
    ]);
  });

  it('refuses the CSV row whose quote is never closed, after pricing the rows before it', () => {
    const text = 'model_name,duration,prompt\nkling-v3,5,a\nkling-v3,6,b\nkling-v3,7,c\nkling-v3,8,"d\nkling-v3,9,e\n';
    const { rows, totals } = priceAll('csv', text, 5);
    expect(rows.map((r) => (r.ok ? [r.row, r.quote.internal.charged.usd] : [r.row, r.error]))).toEqual([
      [1, '0.33'],
      [2, '0.39'],
      [3, '0.46'],
      [4, 'a quoted field is not closed (the quote opened here runs to the end of the file)'],
    ]);
    expect(totals).toMatchObject({ rows: 3, failed: 1 });
  });

  it('refuses a CSV file whose header names a column twice, pricing none of its rows', () => {
    const pricer = createFilePricer('csv', cards);
    expect(pricer.push(Buffer.from('model_name,duration,duration\nkling-v3,5,10\n'))).toEqual([]);
    expect(pricer.end()).toEqual([]);
    expect(pricer.refused()).toBe('column "duration" appears twice in the header (columns 2 and 3)');
    expect(pricer.totals()).toMatchObject({ rows: 0, failed: 0 });
    expect(createFilePricer('csv', cards).refused()).toBeNull();
  });

  it('refuses a line or row holding bytes that were not UTF-8, or UTF-16 text, in words', () => {
    // 0xe9 is é in Latin-1, never a byte of UTF-8 by itself.
    const latin1 = Buffer.from([0xe9]);
    const envelope = '{"model_name":"kling-v3","duration":5';
    const text = [`${envelope},"prompt":"`, latin1, `"}\n${envelope}}`];
    const jsonl = priceAll('jsonl', Buffer.concat(text.map((t) => Buffer.from(t))));
    expect(jsonl.rows.map((r) => (r.ok ? r.row : r.error))).toEqual(['line 1 is not valid UTF-8 text', 2]);
    const utf16 = Buffer.from('kling-v3,5', 'utf16le');
    const rows = ['model_name,duration\nkling-v3,5,', latin1, '\n', utf16, '\n'];
    const csv = priceAll('csv', Buffer.concat(rows.map((t) => Buffer.from(t))));
    expect(csv.rows.map((r) => (r.ok ? r.row : r.error))).toEqual([
      'row 1 is not valid UTF-8 text',
      'row 2 is UTF-16 text: save the file as UTF-8 and try again',
    ]);
  });
});
