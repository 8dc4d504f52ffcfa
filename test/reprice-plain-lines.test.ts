/**
 * `reprice` reads a plain JSON Lines file with DuckDB's own reader (`src/cli/plain-lines.ts`) and
 * any other with the engine's line splitter: which files are plain, and that a plain file read
 * either way gives the same answers, line for line, as `--jsonl`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { isPlainLines } from '../src/cli/plain-lines';
import { MAX_LINE_BYTES } from '../src/engine';
import { runCli } from './helpers/cli';
import { generate, oracleLines } from './helpers/oracle-corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reprice-plain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileOf(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('a plain JSON Lines file', () => {
  const line = '{"model_name":"kling-v3","duration":5}';

  it.each([
    ['lines, an empty one, a blank one, no newline at the end', `${line}\n\n  \n${line}`],
    ['one newline only', '\n'],
    ['nothing', ''],
    ['characters of two, three and four bytes', `{"model_name":"é✓𝄞"}\n`],
    ['a line of exactly the limit', `${'x'.repeat(MAX_LINE_BYTES)}\n${line}\n`],
  ])('is plain: %s', (name, content) => {
    expect(isPlainLines(fileOf(`plain-${name.length}.jsonl`, content))).toBe(true);
  });

  it.each([
    ['a byte-order mark', Buffer.from(`\uFEFF${line}\n`)],
    ['UTF-16', Buffer.from(`\uFEFF${line}\n`, 'utf16le')],
    ['a CR before a newline', Buffer.from(`${line}\r\n${line}\n`)],
    ['a NUL byte', Buffer.from(`${line}\n\0\n`)],
    ['the reader’s delimiter, \\x01', Buffer.from(`${line}\n\x01\n`)],
    ['a byte that is not UTF-8', Buffer.concat([Buffer.from(`${line}\n`), Buffer.from([0xff, 0x0a])])],
    ['a line one byte over the limit', Buffer.from(`${line}\n${'x'.repeat(MAX_LINE_BYTES + 1)}\n${line}\n`)],
    ['a last line over the limit', Buffer.from(`${line}\n${'x'.repeat(MAX_LINE_BYTES + 1)}`)],
  ])('is not plain with %s', (name, content) => {
    expect(isPlainLines(fileOf(`other-${name.length}.jsonl`, content))).toBe(false);
  });

  it('is not taken for a pipe (a FIFO) or a name DuckDB would read as a pattern', () => {
    const fifo = join(dir, 'fifo.jsonl');
    execFileSync('mkfifo', [fifo]);
    // Never opened: opening a FIFO would wait for a writer.
    expect(isPlainLines(fifo)).toBe(false);
    for (const name of ['d[1].jsonl', 'e?.jsonl', 'f*.jsonl', 'g{1}.jsonl']) {
      expect([name, isPlainLines(fileOf(name, `${line}\n`))]).toEqual([name, false]);
    }
  });

  it('is read as it is whatever its name says: a plain file named .gz is priced as --jsonl prices it', () => {
    const input = fileOf('plain.gz', `${line}\n${line.replace('5', '7')}\n`);
    expect(isPlainLines(input)).toBe(true);
    const out = join(dir, 'plain-out.jsonl');
    const args = ['scripts/reprice.mjs', '--in', input, '--in-format', 'jsonl', '--out', out, '--as-of', '2026-11-30'];
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      runCli(['--jsonl', '--as-of', '2026-11-30'], readFileSync(input, 'utf8')).stdout,
    );
  });

  it('is read in chunks: a character across a chunk’s end, and a byte not UTF-8 in a later chunk', () => {
    // 4 MiB chunks: a three-byte character across the first boundary, then a bad byte past it.
    const head = `${`${'x'.repeat(1023)}\n`.repeat(4095)}${'x'.repeat(1023)}`;
    expect(Buffer.byteLength(head)).toBe((1 << 22) - 1);
    expect(isPlainLines(fileOf('straddle.jsonl', `${head}✓\n${line}\n`))).toBe(true);
    const bad = Buffer.concat([Buffer.from(`${head}\n${head}\n`), Buffer.from([0xc3])]);
    expect(isPlainLines(fileOf('late.jsonl', bad))).toBe(false);
  });

  it('is priced by reprice as --jsonl prices it, byte for byte, over several chunks', () => {
    const { lines } = oracleLines(generate(3000));
    const padded = lines.map((l, i) => (i % 97 === 0 ? '' : i % 89 === 0 ? '   ' : l.replace(/^\{/, '{"note":"é✓𝄞",')));
    const text = `${Array.from({ length: 12 }, () => padded.join('\n')).join('\n')}\n`;
    const input = fileOf('many.jsonl', text);
    expect([Buffer.byteLength(text) > 1 << 22, isPlainLines(input)]).toEqual([true, true]);
    const out = join(dir, 'many-out.jsonl');
    const args = ['scripts/reprice.mjs', '--in', input, '--out', out, '--as-of', '2026-11-30'];
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(runCli(['--jsonl', '--as-of', '2026-11-30'], text).stdout);
  });
});

describe('a file DuckDB reads by its name', () => {
  /** A file of one envelope with `duration`, in `format`, its fields in columns for CSV and Parquet. */
  async function write(path: string, format: string, duration: number) {
    const envelope = { model_name: 'kling-v3', duration, mode: 'std' };
    if (format === 'jsonl') return writeFileSync(path, `${JSON.stringify(envelope)}\n`);
    const csv = join(dir, `source-${duration}.csv`);
    writeFileSync(csv, `model_name,duration,mode\nkling-v3,${duration},std\n`);
    if (format === 'csv') return writeFileSync(path, readFileSync(csv));
    const c = await (await DuckDBInstance.create(':memory:')).connect();
    await c.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${path.replace(/'/g, "''")}' (FORMAT parquet)`);
  }

  it.each(['csv', 'parquet', 'jsonl'])(
    'is the file named, glob characters in its name and all (%s)',
    async (format) => {
      const path = join(dir, `d[1].${format}`);
      await write(path, format, 5);
      // A neighbour that the pattern d[1] matches, which must not be read.
      await write(join(dir, `d1.${format}`), format, 9);
      const out = join(dir, `named-${format}.jsonl`);
      const args = ['scripts/reprice.mjs', '--in', path, '--out', out, '--as-of', '2026-11-30'];
      const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const lines = readFileSync(out, 'utf8').trim().split('\n');
      expect(
        lines.map((l) => (JSON.parse(l) as { internal: { billed_seconds: number } }).internal.billed_seconds),
      ).toEqual([5]);
    },
  );
});
