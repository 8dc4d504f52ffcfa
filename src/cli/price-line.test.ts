import { describe, expect, it } from 'vitest';
import { cards } from '../../test/helpers/cards';
import { ByteSink } from './byte-sink';
import { LineWriter } from './line-writer';
import { createLinePricer, inThreadPricer, priceBatchWith } from './price-line';

const decoder = new TextDecoder();
const lines = (texts: readonly string[]) => ({ firstLine: 1, bytes: Buffer.from(`${texts.join('\n')}\n`) });
const text = (bytes: Uint8Array) => decoder.decode(bytes);

describe('a line pricer', () => {
  it('echoes each line’s own number, duration and input-type reason', () => {
    const pricer = createLinePricer(cards, '2026-11-30', {});
    const out = text(
      priceBatchWith(
        pricer,
        lines([
          '{"model_name":"kling-v3","duration":5.2,"image":"a"}',
          '{"model_name":"kling-v3","duration":5.4,"image_list":["a"]}',
        ]),
      ).bytes,
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((r) => [r.line, r.duration_seconds, r.input_type_reason])).toEqual([
      [1, 5.2, '1 still → image'],
      [2, 5.4, '1 still → image'],
    ]);
    expect({ ...out[0], line: 0, duration_seconds: 0 }).toEqual({ ...out[1], line: 0, duration_seconds: 0 });
  });

  it('checks a charge on a model named like a property of every object', () => {
    const models = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const input = models.map((m) => JSON.stringify({ model_name: m, duration: 5, charged_usd: '9.99' }));
    const out = text(priceBatchWith(createLinePricer(cards, '2026-11-30', {}), lines(input)).bytes)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; model: string; reconcile?: { status: string } });
    expect(out.map((r) => [r.ok, r.model, r.reconcile?.status])).toEqual(models.map((m) => [true, m, 'mismatch']));
  });

  it('counts failed lines and still answers every line', () => {
    const batch = priceBatchWith(
      createLinePricer(cards, '2026-11-30', {}),
      lines(['not json', '', '{"model_name":"kling-v3","duration":-1}', '{"model_name":"kling-v3","duration":5}']),
    );
    const out = text(batch.bytes)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; line: number });
    expect(batch.failed).toBe(3);
    expect(out.map((r) => [r.line, r.ok])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
  });

  it('writes into a recycled buffer when it is large enough, and gives the same bytes', async () => {
    const pricer = inThreadPricer(cards, '2026-11-30', {});
    const input = ['{"model_name":"kling-v3","duration":5}', '{"model_name":"kling-v2-6","duration":7,"mode":"pro"}'];
    const first = await pricer.price(lines(input));
    const expected = text(first.bytes);
    pricer.recycle?.(first.bytes);
    const second = await pricer.price(lines(input));
    expect(second.bytes.buffer).toBe(first.bytes.buffer);
    expect(text(second.bytes)).toBe(expected);
  });
});

describe('a line pricer’s words for text it cannot read', () => {
  const answers = (bytes: Uint8Array, firstLine = 1) =>
    text(priceBatchWith(createLinePricer(cards, '2026-11-30', {}), { firstLine, bytes }).bytes)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; line: number; error?: string });

  it('refuses a line holding bytes that are not UTF-8, in words, and prices the others', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"model_name":"kling-v3","duration":5}\n{"model_name":"kling-v3","duration":5,"prompt":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n{"model_name":"kling-v3","duration":6}\n'),
    ]);
    expect(answers(bytes, 7).map((r) => [r.line, r.ok, r.error])).toEqual([
      [7, true, undefined],
      [8, false, 'line 8 is not valid UTF-8 text'],
      [9, true, undefined],
    ]);
  });

  it('says a line is UTF-16 text rather than quoting a parser', () => {
    const utf16 = Buffer.from('{"model_name":"kling-v3","duration":5}', 'utf16le');
    const utf8 = Buffer.from('{"model_name":"kling-v3","duration":5}\n');
    const out = answers(Buffer.concat([utf8, utf16, Buffer.from('\n')]));
    const error = 'line 2 is UTF-16 text: save the file as UTF-8 and try again';
    expect(out[1]).toEqual({ ok: false, line: 2, as_of: '2026-11-30', error });
  });

  it('skips a UTF-8 byte-order mark at the start of the input only', () => {
    const line = '\uFEFF{"model_name":"kling-v3","duration":5}\n';
    expect(answers(Buffer.from(line + line)).map((r) => r.ok)).toEqual([true, false]);
    // Batches after the first start mid-input: a mark there is not skipped either.
    expect(answers(Buffer.from(line), 2).map((r) => r.ok)).toEqual([false]);
  });
});

describe('the byte sink', () => {
  it('grows as needed and keeps what was written, ASCII and UTF-8 alike', () => {
    const sink = new ByteSink(4);
    sink.text('{"a":1}');
    sink.text('→ é');
    sink.text(`${'x'.repeat(3000)}\n`);
    expect(text(sink.done())).toBe(`{"a":1}→ é${'x'.repeat(3000)}\n`);
  });

  it('grows for ASCII text and bytes as for any text, and keeps template lines in their place', () => {
    const sink = new ByteSink(4);
    const out = new LineWriter(sink);
    const pieces = [new TextEncoder().encode(`,"d":`), new TextEncoder().encode(`,"t":"${'→'.repeat(700)}"}`)];
    out.line('{"first":1}');
    out.template(new TextEncoder().encode('{"line":'), 123456, { template: { pieces }, duration: '9'.repeat(1500) });
    out.line('{"last":1}');
    out.flush();
    expect(text(sink.done())).toBe(
      `{"first":1}\n{"line":123456,"d":${'9'.repeat(1500)},"t":"${'→'.repeat(700)}"}\n{"last":1}\n`,
    );
  });

  it('writes lines joined, each with its newline, whatever their number', () => {
    const sink = new ByteSink(16);
    const out = new LineWriter(sink);
    const lines = Array.from({ length: 130 }, (_, i) => `{"n":${i},"t":"é→"}`);
    for (const line of lines) out.line(line);
    out.flush();
    out.flush();
    expect(text(sink.done())).toBe(lines.map((l) => `${l}\n`).join(''));
  });

  it('ignores a spare buffer too small for the batch', () => {
    const spare = new ArrayBuffer(8);
    const sink = new ByteSink(4096, spare);
    sink.text('abc');
    expect(sink.done().buffer).not.toBe(spare);
  });
});
