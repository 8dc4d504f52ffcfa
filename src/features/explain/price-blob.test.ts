import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { twoInternalVersions } from '../../../test/helpers/card-versions';
import { CHARGES_AS_OF, fiftyChargedRowsCsv, WRONG_ROW_CAUSES } from '../../../test/helpers/charged-file';
import { priceBlob } from './price-blob';

/** Prices `parts` as the file `name`, which must not be refused. */
async function priced(parts: BlobPart[], name: string, onProgress?: (bytes: number, rows: number) => void) {
  const result = await priceBlob(new Blob(parts), name, cards, {}, onProgress ?? (() => undefined));
  if ('refused' in result) throw new Error(`refused: ${result.refused}`);
  return result;
}

type Priced = Awaited<ReturnType<typeof priced>>;

/** Each row's number and, when refused, its reason. */
async function rowsOf(result: Priced): Promise<Array<[number, string | true]>> {
  const csv = (await result.csv.text()).trim().split('\r\n').slice(1);
  const reasons = new Map(result.errors.map((e) => [e.row, e.error]));
  return csv.map((line) => {
    const row = Number(line.split(',')[0]);
    return [row, reasons.get(row) ?? true];
  });
}

describe('pricing a file in chunks', () => {
  it('prices every row, lists the errors, and writes the priced rows as CSV', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) =>
      i % 500 === 7
        ? 'oops'
        : JSON.stringify({
            model_name: 'kling-v3',
            mode: 'pro',
            duration: 10,
            resolution: '1080p',
            input_type: i % 2 ? 'video' : 'text',
          }),
    );
    const progress: number[] = [];
    const result = await priced([lines.join('\n')], 'big.jsonl', (_bytes, rows) => progress.push(rows));
    expect(result.format).toBe('jsonl');
    expect(result.totals).toMatchObject({ rows: 2495, failed: 5 });
    // The refused rows are odd (video) rows: 1,245 video rows at $1.95 and 1,250 text rows at $1.56.
    expect(result.totals.internalUsd).toBe('4377.75');
    expect(result.errors.map((e) => e.row)).toEqual([8, 508, 1008, 1508, 2008]);
    expect(progress.at(-1)).toBe(2500);
    const csv = (await result.csv.text()).split('\r\n');
    expect(csv[0]).toBe(
      'row,ok,duration_seconds,model,mode,resolution,input_type,audio,' +
        'internal_usd,internal_usd_at_requested_resolution,vendor_card,vendor_units,vendor_usd,margin_usd,error',
    );
    expect(csv[1]).toBe(
      '1,true,10,kling-v3,pro,1080p,text,false,1.56,2.34,kling-official-units@2026-09-20,8,1.12,0.44,',
    );
    expect(csv[8]).toMatch(/^8,false,,,,,,,,,,,,,"not valid JSON: /);
    expect(csv).toHaveLength(2502);
  });

  it('reads CSV with a byte-order mark', async () => {
    const result = await priced(['\uFEFFmodel_name,duration\nkling-v3,5\n'], 'x.csv');
    expect(result.totals).toMatchObject({ rows: 1, internalUsd: '0.33' });
  });

  const JSONL = '{"model_name":"kling-v3","duration":5}\r\n{"model_name":"kling-v3","mode":"pro","duration":"10"}\r\n';
  const CSV = 'model_name,mode,duration,prompt\r\nkling-v3,std,5,"a cat, é"\r\nkling-v3,pro,10,日本\r\n';

  it.each([
    ['UTF-16LE with its byte-order mark', (t: string) => Buffer.from(`\uFEFF${t}`, 'utf16le')],
    ['UTF-16BE with its byte-order mark', (t: string) => Buffer.from(`\uFEFF${t}`, 'utf16le').swap16()],
    ['UTF-16LE without a byte-order mark', (t: string) => Buffer.from(t, 'utf16le')],
    ['UTF-16BE without a byte-order mark', (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ])('reads a file in %s, JSON Lines and CSV alike', async (_name, encode) => {
    for (const [text, name] of [
      [JSONL, 'upload'],
      [CSV, 'upload.csv'],
    ]) {
      const result = await priced([encode(text)], name);
      expect(result.format).toBe(name === 'upload' ? 'jsonl' : 'csv');
      expect(result.totals).toMatchObject({ rows: 2, failed: 0, internalUsd: '1.89' });
    }
  });

  it('refuses, in words, the line holding bytes that are not UTF-8, and prices the others', async () => {
    const first = Buffer.from('\uFEFF{"model_name":"kling-v3","duration":5}\n');
    // 0xe9 is é in Latin-1, never a byte of UTF-8 by itself.
    const prompt = Buffer.from('{"model_name":"kling-v3","duration":6,"prompt":"');
    const bad = Buffer.concat([prompt, Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const result = await priced([first, bad, Buffer.from(JSONL)], 'x.jsonl');
    expect(await rowsOf(result)).toEqual([
      [1, true],
      [2, 'line 2 is not valid UTF-8 text'],
      [3, true],
      [4, true],
    ]);
  });

  it('answers blank lines as the CLI does: one error row each (the same input as test/cli.test.ts)', async () => {
    const text = '{"model_name":"kling-v3","duration":5}\n\n   \r\n{"model_name":"kling-v3","duration":6}\n';
    expect(await rowsOf(await priced([text], 'x.jsonl'))).toEqual([
      [1, true],
      [2, 'empty line: expected a request envelope as JSON'],
      [3, 'empty line: expected a request envelope as JSON'],
      [4, true],
    ]);
  });

  it('refuses a CSV file whose header names a column twice, before pricing any row', async () => {
    const file = new Blob(['model_name,duration,duration\nkling-v3,5,10\n']);
    const result = await priceBlob(file, 'x.csv', cards, {}, () => undefined);
    expect(result).toEqual({ refused: 'column "duration" appears twice in the header (columns 2 and 3)' });
  });

  it('prices the CSV rows before an unclosed quote, and answers the row where it opened', async () => {
    const text = 'model_name,duration\nkling-v3,5\nkling-v3,6\nkling-v3,7\nkling-v3,"8\nkling-v3,9\n';
    expect(await rowsOf(await priced([text], 'x.csv'))).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, 'a quoted field is not closed (the quote opened here runs to the end of the file)'],
    ]);
  });

  it('checks what each row says was charged, as of the date given, and writes every mismatch as CSV', async () => {
    const file = new Blob([fiftyChargedRowsCsv()]);
    const result = await priceBlob(file, 'charges.csv', twoInternalVersions(), {}, () => undefined, CHARGES_AS_OF);
    if ('refused' in result) throw new Error(result.refused);
    expect(result.totals.charges).toMatchObject({ rows: 50, matches: 46, mismatches: 4 });
    const lines = (await result.mismatchCsv?.text())?.split('\r\n');
    expect(lines?.[0]).toBe(
      'row,created_at,as_of,model,mode,duration,resolution,input_type,card,charged_usd,expected_usd,' +
        'difference_usd,cause,final_unit_deduction,expected_units,difference_units,units_cause',
    );
    expect(lines?.slice(1, -1).map((line) => line.split(',').slice(0, 3))).toEqual([
      ['7', '', CHARGES_AS_OF],
      ['19', '2026-12-03', '2026-12-03'],
      ['33', '2026-12-05T10:00:00Z', '2026-12-05'],
      ['46', '', CHARGES_AS_OF],
    ]);
    expect(lines?.[1]).toContain(`,0.59,0.39,0.20,${WRONG_ROW_CAUSES[0][2]},`);
    // Another date: the rows without created_at are priced on the card in force then.
    const earlier = await priceBlob(file, 'charges.csv', twoInternalVersions(), {}, () => undefined, '2026-11-30');
    expect('totals' in earlier && earlier.totals.charges.mismatches).toBeGreaterThan(4);
  });

  it('writes no mismatches CSV for a file without charges', async () => {
    expect((await priced(['model_name,duration\nkling-v3,5\n'], 'x.csv')).mismatchCsv).toBeNull();
  });
});
