import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../request/envelope';
import { createCsvReader, csvRowToEnvelope, parseCsvHeader } from './envelope-csv';

function readAll(text: string, chunkSize = text.length || 1) {
  const reader = createCsvReader();
  const rows = [];
  for (let i = 0; i < text.length; i += chunkSize) rows.push(...reader.push(text.slice(i, i + chunkSize)));
  rows.push(...reader.end());
  return rows;
}

describe('CSV of envelopes', () => {
  it('reads quoted cells with commas, quotes and newlines, with the line each row starts on', () => {
    const text =
      'model_name,duration,prompt\r\nkling-v3,5,"a cat, ""quoted"""\nkling-v3,6,"two\nlines"\nkling-v3,7,last';
    expect(readAll(text)).toEqual([
      { cells: ['model_name', 'duration', 'prompt'], line: 1 },
      { cells: ['kling-v3', '5', 'a cat, "quoted"'], line: 2 },
      { cells: ['kling-v3', '6', 'two\nlines'], line: 3 },
      { cells: ['kling-v3', '7', 'last'], line: 5 },
    ]);
  });

  it('reads the same rows whatever the chunk size', () => {
    const row = fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', ' ', 'é'), maxLength: 6 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 7 }), (rows, size) => {
        const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
        const text = `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;
        expect(readAll(text, size).map((r) => r.cells)).toEqual(readAll(text).map((r) => r.cells));
        expect(readAll(text).map((r) => r.cells)).toEqual(rows);
      }),
    );
  });

  it('turns a row into an envelope by the header', () => {
    expect(
      csvRowToEnvelope(
        ['model_name', 'duration', 'generateAudio', 'image_list', 'image'],
        ['kling-v3', ' 5 ', 'true', '["a","b"]', ''],
      ),
    ).toEqual({
      ok: true,
      envelope: { model_name: 'kling-v3', duration: '5', generateAudio: true, image_list: ['a', 'b'] },
    });
    expect(csvRowToEnvelope(['a'], ['1', '2'])).toEqual({ ok: false, error: 'has 2 cells for 1 columns' });
    expect(csvRowToEnvelope(['image_list'], ['[oops'])).toEqual({
      ok: false,
      error: 'image_list: not valid JSON in the cell',
    });
  });

  it('reads a column named __proto__ as a field, never as the envelope’s prototype', () => {
    const row = csvRowToEnvelope(
      ['model_name', 'duration', '__proto__'],
      ['kling-v3', '5', '{"mode":null,"input_type":"video"}'],
    );
    if (!row.ok) throw new Error(row.error);
    expect(Object.keys(row.envelope)).toEqual(['model_name', 'duration', '__proto__']);
    const parsed = parseEnvelope(row.envelope);
    expect(parsed.ok && [parsed.request.mode, parsed.request.inputType, parsed.ignoredFields]).toEqual([
      'std',
      'text',
      ['__proto__'],
    ]);
  });

  it('reads a blank line as a record of one empty cell; a single newline at the end is no record', () => {
    expect(readAll('a,b\n\n1,2\r\n\r\n').map((r) => [r.cells, r.line])).toEqual([
      [['a', 'b'], 1],
      [[''], 2],
      [['1', '2'], 3],
      [[''], 4],
    ]);
  });

  it('marks a record whose quote is never closed, after the records before it, whatever the chunks', () => {
    const text = 'model_name,duration\nkling-v3,5\nkling-v3,"6\nkling-v3,7\n';
    for (const size of [1, 3, text.length]) {
      expect(readAll(text, size)).toEqual([
        { cells: ['model_name', 'duration'], line: 1 },
        { cells: ['kling-v3', '5'], line: 2 },
        { cells: ['kling-v3', '6\nkling-v3,7\n'], line: 3, unclosed: true },
      ]);
    }
    // A quote opened at the very end is unclosed too; one closed at a chunk's end is not.
    expect(readAll('a\n"').at(-1)).toEqual({ cells: [''], line: 2, unclosed: true });
    expect(readAll('a\n"b"', 4).at(-1)).toEqual({ cells: ['b'], line: 2 });
  });
});

describe('a CSV header', () => {
  const header = (text: string) => parseCsvHeader({ cells: text.split(','), line: 1 });

  it('names the envelope fields, trimmed, without a byte-order mark', () => {
    const names = ['model_name', 'duration', '', 'prompt'];
    expect(header('\uFEFFmodel_name , duration,,prompt')).toEqual({ ok: true, header: names });
  });

  it('refuses a column named twice, naming it and where, rather than taking the last one', () => {
    expect(header('model_name,duration,duration')).toEqual({
      ok: false,
      error: 'column "duration" appears twice in the header (columns 2 and 3)',
    });
    expect(header('duration,model_name, duration ,mode,duration')).toEqual({
      ok: false,
      error: 'column "duration" appears 3 times in the header (columns 1, 3 and 5)',
    });
    // Unnamed columns are ignored, however many.
    expect(header('model_name,,duration,').ok).toBe(true);
  });

  it('refuses an empty first line, an unclosed quote and text that is not UTF-8', () => {
    expect(header(' ')).toEqual({
      ok: false,
      error: 'the first line is empty: it must be the header naming the fields (model_name, duration, …)',
    });
    expect(parseCsvHeader({ cells: ['model_name', 'duration\nkling-v3,5\n'], line: 1, unclosed: true })).toEqual({
      ok: false,
      error: 'the header has a quoted field that is not closed (the quote runs to the end of the file)',
    });
    const error = 'the header (the first line) is not valid UTF-8 text';
    expect(header('model_name,\uDFFF')).toEqual({ ok: false, error });
  });
});
