import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from './envelope';
import { createCsvReader, csvRowToEnvelope } from './envelope-csv';

function readAll(text: string, chunkSize = text.length || 1) {
  const reader = createCsvReader();
  const rows = [];
  for (let i = 0; i < text.length; i += chunkSize) rows.push(...reader.push(text.slice(i, i + chunkSize)));
  rows.push(...reader.end());
  return rows;
}

describe('CSV of envelopes', () => {
  it('reads quoted cells with commas, quotes and newlines, with the line each row starts on', () => {
    const text = 'model_name,duration,prompt\r\nkling-v3,5,"a cat, ""quoted"""\nkling-v3,6,"two\nlines"\nkling-v3,7,last';
    expect(readAll(text)).toEqual([
      { cells: ['model_name', 'duration', 'prompt'], line: 1 },
      { cells: ['kling-v3', '5', 'a cat, "quoted"'], line: 2 },
      { cells: ['kling-v3', '6', 'two\nlines'], line: 3 },
      { cells: ['kling-v3', '7', 'last'], line: 5 },
    ]);
  });

  it('reads the same rows whatever the chunk size', () => {
    const row = fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', ' ', 'é') , maxLength: 6 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 7 }), (rows, size) => {
        // A row of one empty cell is an empty line, which is skipped.
        fc.pre(!rows.some((r) => r.length === 1 && r[0] === ''));
        const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
        const text = `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;
        expect(readAll(text, size).map((r) => r.cells)).toEqual(readAll(text).map((r) => r.cells));
        expect(readAll(text).map((r) => r.cells)).toEqual(rows);
      }),
    );
  });

  it('turns a row into an envelope by the header', () => {
    expect(csvRowToEnvelope(['model_name', 'duration', 'generateAudio', 'image_list', 'image'], ['kling-v3', ' 5 ', 'true', '["a","b"]', ''])).toEqual({
      ok: true,
      envelope: { model_name: 'kling-v3', duration: '5', generateAudio: true, image_list: ['a', 'b'] },
    });
    expect(csvRowToEnvelope(['a'], ['1', '2'])).toEqual({ ok: false, error: 'has 2 cells for 1 columns' });
    expect(csvRowToEnvelope(['image_list'], ['[oops'])).toEqual({ ok: false, error: 'image_list: not valid JSON in the cell' });
  });

  it('reads a column named __proto__ as a field, never as the envelope’s prototype', () => {
    const row = csvRowToEnvelope(['model_name', 'duration', '__proto__'], ['kling-v3', '5', '{"mode":null,"input_type":"video"}']);
    if (!row.ok) throw new Error(row.error);
    expect(Object.keys(row.envelope)).toEqual(['model_name', 'duration', '__proto__']);
    const parsed = parseEnvelope(row.envelope);
    expect(parsed.ok && [parsed.request.mode, parsed.request.inputType, parsed.ignoredFields]).toEqual(['std', 'text', ['__proto__']]);
  });
});
