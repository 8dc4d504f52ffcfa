import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineSplitter, MAX_LINE_BYTES, runLines } from './line-splitter';
import type { SplitPiece } from './line-splitter';

type LineSplitterOptions = Parameters<typeof createLineSplitter>[0];

const TOO_LONG = '(too long)';
type Line = [number, string];

/** Each line by number, as text or TOO_LONG, from `bytes` pushed in pieces cut at `cuts`. */
function split(bytes: Uint8Array, cuts: readonly number[], options?: LineSplitterOptions): Line[] {
  const splitter = createLineSplitter(options);
  const pieces: SplitPiece[] = [];
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    pieces.push(...splitter.push(bytes.subarray(at, cut)));
    at = cut;
  }
  pieces.push(...splitter.end());
  return pieces.flatMap((p): Line[] =>
    p.kind === 'too-long' ? [[p.line, TOO_LONG]] : runLines(p).map((line, i) => [p.firstLine + i, line]),
  );
}

/** Cut points every `size` bytes. */
const every = (size: number, length: number) => Array.from({ length: Math.ceil(length / size) }, (_, i) => i * size);

/** What the splitter must give, from the whole text at once: the rule written out plainly. */
function expected(text: string, maxLineBytes = MAX_LINE_BYTES): Line[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // a newline at the end is not one more line
  return lines.map((raw, i): Line => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    return [i + 1, Buffer.byteLength(line) > maxLineBytes ? TOO_LONG : line];
  });
}

describe('splitting bytes into lines', () => {
  it.each([
    ['', []],
    ['\n', [[1, '']]],
    ['a', [[1, 'a']]],
    ['a\n', [[1, 'a']]],
    [
      'a\n\n',
      [
        [1, 'a'],
        [2, ''],
      ],
    ],
    [
      'a\r\n\r\nb\r',
      [
        [1, 'a'],
        [2, ''],
        [3, 'b'],
      ],
    ],
    [
      '\uFEFFa\n\uFEFFb',
      [
        [1, 'a'],
        [2, '\uFEFFb'],
      ],
    ],
    [
      '日本\n🎬',
      [
        [1, '日本'],
        [2, '🎬'],
      ],
    ],
  ])('splits %j the same whole and a byte at a time', (text, lines) => {
    const bytes = Buffer.from(text);
    expect(split(bytes, [])).toEqual(lines);
    expect(split(bytes, every(1, bytes.length))).toEqual(lines);
  });

  it('answers a 1.2 MB line fed in 64 KB chunks once, and the next line keeps its own number', () => {
    const bytes = Buffer.from(`{"a":1}\n{"prompt":"${'x'.repeat(1_200_000)}"}\n{"b":2}\n`);
    const lines = [
      [1, '{"a":1}'],
      [2, TOO_LONG],
      [3, '{"b":2}'],
    ];
    expect(split(bytes, every(65_536, bytes.length))).toEqual(lines);
    expect(split(bytes, every(65_536, bytes.length), { runBytes: 1 << 20 })).toEqual(lines);
    expect(split(bytes, [])).toEqual(lines);
  });

  it('holds a line of exactly the limit, with or without a \\r, cut anywhere; one byte more is too long', () => {
    const line = 'x'.repeat(MAX_LINE_BYTES);
    for (const [text, lines] of [
      [
        `${line}\r\nok`,
        [
          [1, line],
          [2, 'ok'],
        ],
      ],
      [`${line}\r`, [[1, line]]],
      [
        `${line}x\r\nok`,
        [
          [1, TOO_LONG],
          [2, 'ok'],
        ],
      ],
      [`${line}x`, [[1, TOO_LONG]]],
    ] as const) {
      const bytes = Buffer.from(text);
      for (const cuts of [[], [MAX_LINE_BYTES], [MAX_LINE_BYTES + 1], every(65_536, bytes.length)]) {
        expect(split(bytes, cuts)).toEqual(lines);
      }
    }
  });

  it('yields runs of at least `runBytes` (but the last), each at most one line more', () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n'));
    const splitter = createLineSplitter({ runBytes: 100 });
    const pushed = every(7, bytes.length).flatMap((at) => splitter.push(bytes.subarray(at, at + 7)));
    const runs = [...pushed, ...splitter.end()];
    for (const run of runs.slice(0, -1)) expect(run.kind === 'lines' && run.bytes.length).toBeGreaterThanOrEqual(100);
    for (const run of runs) expect(run.kind === 'lines' && run.bytes.length).toBeLessThan(100 + 'line 999\n'.length);
    expect(runs.reduce((n, run) => n + (run.kind === 'lines' ? run.count : 0), 0)).toBe(1000);
  });

  it('gives the same lines for any text cut at any places as for the text whole', () => {
    const pieces = fc.constantFrom('a', 'é', '🎬', ' ', '\r', '\n', '\n', '{}');
    const text = fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join(''));
    const options = fc.record({ runBytes: fc.nat(24), maxLineBytes: fc.nat(12) });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), options, (t, points, opts) => {
        const bytes = Buffer.from(t);
        const cuts = points.map((p) => p % (bytes.length + 1)).sort((a, b) => a - b);
        const whole = split(bytes, [], opts);
        expect(split(bytes, cuts, opts)).toEqual(whole);
        expect(whole).toEqual(expected(t, opts.maxLineBytes));
      }),
      { numRuns: 2000 },
    );
  });
});
