import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createRandom, randomEnvelope } from '../../bench/envelopes';
import { cards } from '../../test/helpers/cards';
import { MAX_LINE_BYTES, priceJsonl } from './jsonl';
import { inThreadPricer } from './price-line';

/** A stream that keeps every chunk it is given, as some do, without copying it. */
function keeper() {
  const chunks: Uint8Array[] = [];
  const stream = new Writable({
    write(chunk: Uint8Array, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** About 8 MB of envelopes, in 64 KiB pieces: enough batches for written buffers to come back. */
function input(): { lines: number; stream: () => Readable } {
  const random = createRandom(5);
  const text = Array.from({ length: 40_000 }, () => JSON.stringify(randomEnvelope(random))).join('\n');
  const bytes = Buffer.from(`${text}\n`);
  const pieces = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) =>
    bytes.subarray(i * 65536, (i + 1) * 65536),
  );
  return { lines: 40_000, stream: () => Readable.from(pieces) };
}

describe('priceJsonl', () => {
  it('leaves a stream that keeps its chunks intact: written buffers are reused only when asked', async () => {
    const source = input();
    const kept = keeper();
    const summary = await priceJsonl(source.stream(), kept.stream, inThreadPricer(cards, '2026-11-30', {}));
    const out = kept
      .text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { line: number; ok: boolean });
    expect(summary).toEqual({ lines: source.lines, failed: 0, mismatched: 0 });
    expect(out.map((r) => r.line)).toEqual(Array.from({ length: source.lines }, (_, i) => i + 1));
  });

  it('gives the same bytes when written buffers are reused', async () => {
    const source = input();
    const plain = keeper();
    await priceJsonl(source.stream(), plain.stream, inThreadPricer(cards, '2026-11-30', {}));
    const chunks: string[] = [];
    // Copies each chunk as it is written, as process.stdout is done with it by then.
    const copying = new Writable({
      write(chunk: Uint8Array, _encoding, done) {
        chunks.push(Buffer.from(chunk).toString('utf8'));
        done();
      },
    });
    const pricer = inThreadPricer(cards, '2026-11-30', {});
    let recycled = 0;
    const counting = { ...pricer, recycle: (bytes: Uint8Array) => ((recycled += 1), pricer.recycle?.(bytes)) };
    await priceJsonl(source.stream(), copying, counting, { reuseWritten: true });
    expect(recycled).toBeGreaterThan(0);
    expect(chunks.join('')).toBe(plain.text());
  });

  it.each([
    ['UTF-16LE with its byte-order mark', (t: string) => Buffer.from(`\uFEFF${t}`, 'utf16le')],
    ['UTF-16BE with its byte-order mark', (t: string) => Buffer.from(`\uFEFF${t}`, 'utf16le').swap16()],
    ['UTF-16LE without a byte-order mark', (t: string) => Buffer.from(t, 'utf16le')],
    ['UTF-16BE without a byte-order mark', (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ])('reads input in %s as the page does, whatever the pieces it comes in', async (_name, encode) => {
    const text = '{"model_name":"kling-v3","duration":5,"prompt":"日本 🎬"}\n\n{"model_name":"kling-v3","duration":6}';
    const bytes = encode(text);
    const expected = [
      [1, true],
      [2, false],
      [3, true],
    ];
    for (const size of [1, 3, 4096]) {
      const pieces = [];
      for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
      const kept = keeper();
      const summary = await priceJsonl(Readable.from(pieces), kept.stream, inThreadPricer(cards, '2026-11-30', {}));
      const out = kept
        .text()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { line: number; ok: boolean });
      expect(out.map((r) => [r.line, r.ok])).toEqual(expected);
      expect(summary).toEqual({ lines: 3, failed: 1, mismatched: 0 });
    }
  });

  it('answers a 1.2 MB line once, whatever the chunks it comes in, and the next line keeps its number', async () => {
    const long = `{"model_name":"kling-v3","duration":5,"prompt":"${'x'.repeat(1_200_000)}"}`;
    const envelope = (duration: number) => JSON.stringify({ model_name: 'kling-v3', duration });
    const bytes = Buffer.from(`${envelope(5)}\n${long}\n${envelope(6)}\n`);
    for (const size of [65_536, bytes.length]) {
      const pieces = [];
      for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
      const kept = keeper();
      const summary = await priceJsonl(Readable.from(pieces), kept.stream, inThreadPricer(cards, '2026-11-30', {}));
      const out = kept
        .text()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { line: number; error?: string });
      expect(out.map((r) => [r.line, r.error ?? true])).toEqual([
        [1, true],
        [2, `line is longer than ${MAX_LINE_BYTES} bytes`],
        [3, true],
      ]);
      expect(summary).toEqual({ lines: 3, failed: 1, mismatched: 0 });
    }
  });

  it('decides the encoding of an input shorter than the bytes that usually decide it', async () => {
    const answer = async (bytes: Buffer) => {
      const kept = keeper();
      await priceJsonl(Readable.from([bytes]), kept.stream, inThreadPricer(cards, '2026-11-30', {}));
      return kept.text();
    };
    const utf8 = await answer(Buffer.from('{}'));
    expect(JSON.parse(utf8)).toMatchObject({ ok: false, line: 1 });
    expect(await answer(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]))).toBe(utf8);
  });
});
