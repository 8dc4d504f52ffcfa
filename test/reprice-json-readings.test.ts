/**
 * Lines that DuckDB's JSON functions would read otherwise than JavaScript's parser, answered by
 * `reprice` as by `--jsonl`: a key repeated in an object (the last one counts), a byte-order mark
 * at the start of a line past the first (not JSON, in the parser's own words), and a string with an
 * unpaired surrogate escape (JSON to JavaScript, not to DuckDB).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reprice-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AS_OF = ['--as-of', '2026-11-30'];

const REPEATED = [
  '{"model_name":"kling-v3","duration":5,"duration":7}',
  '{"model_name":"kling-v3","model_name":"kling-video-o1","duration":5}',
  '{"model_name":"kling-v3","duration":true,"duration":5}',
  '{"model_name":"kling-v3","duration":5,"sound":"on","sound":"off"}',
  '{"model_name":"kling-v3","duration":5,"image_list":[],"image_list":["a","b"]}',
  '{"model_name":"kling-v3","duration":5,"mode":"pro","mode":"std","resolution":"4k","resolution":"480p"}',
  '{"model_name":"kling-v3","duration":5,"charged_usd":"0.65","charged_usd":"0.33"}',
  '{"model_name":"kling-v3","duration":5,"created_at":"2026-11-30","created_at":"2026-01-01"}',
  '{"model_name":"kling-v3","duration":5,"prompt":"a","prompt":"b"}',
  // Read again as JSON.parse reads it: a number past the largest double stays one (not null).
  '{"model_name":"kling-v3","duration":1e400,"duration":1e400}',
  '{"model_name":"kling-v3","duration":5,"charged_usd":-1e400,"charged_usd":-1e400}',
  // JSON to DuckDB only (a trailing comma, NaN): refused as not JSON, not read again.
  '{"model_name":"kling-v3","duration":5,"duration":7,}',
  '{"model_name":"kling-v3","duration":NaN,"duration":7}',
];
const BOM_LATER = '\uFEFF{"model_name":"kling-v3","duration":5}';
const UNPAIRED = [
  '{"model_name":"kling-v3","duration":5,"image":"\\ud800"}',
  '{"model_name":"kling\\udc00","duration":5,"charged_usd":"0.65"}',
  '{"model_name":"kling-v3","duration":"5\\ud800"}',
];

function reprice(args: readonly string[]) {
  return spawnSync(process.execPath, ['scripts/reprice.mjs', ...args], { cwd: root, encoding: 'utf8' });
}

describe('reprice on lines DuckDB reads otherwise than JavaScript', () => {
  it.each([[[]], [['--honor-resolution']]])('answers them as --jsonl does, byte for byte (flags %j)', (flags) => {
    // The first line unpaired: the engine numbers the lines it is asked about from 2.
    const lines = [UNPAIRED[0], ...REPEATED, BOM_LATER, ...UNPAIRED];
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const run = reprice(['--in', input, '--out', join(dir, 'out.jsonl'), ...AS_OF, ...flags]);
    expect(run.status, run.stderr).toBe(1);
    const want = runCli(['--jsonl', ...AS_OF, ...flags], lines.join('\n')).stdout;
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(want);
    expect(want).toContain('"duration_seconds":7,');
    expect(want).toContain("not valid JSON: Unexpected token '\uFEFF'");
    expect(want).toContain('"model":"kling\\udc00"');
    expect(want.startsWith('{"ok":true,"line":1,')).toBe(true);
  });

  it('keeps a line JSON to JavaScript only refused in CSV out (the SQL computed no fields for it)', () => {
    const input = join(dir, 'unpaired.jsonl');
    writeFileSync(input, `${UNPAIRED.join('\n')}\n`);
    const output = join(dir, 'unpaired.csv');
    const run = reprice(['--in', input, '--out', output, ...AS_OF]);
    expect(run.stderr).toContain('3 rows, 3 refused');
    const csv = readFileSync(output, 'utf8');
    expect(csv.match(/not valid JSON: the line could not be parsed as JSON/g)).toHaveLength(2);
    // Refused by the engine too, in its own words.
    expect(csv).toContain('3,false,"duration: must be a number of seconds > 0 and ≤ 3600, got ""5\\ud800"""');
  });

  it('asks the engine about a CSV cell of JSON over several lines as about the one line it makes', () => {
    const cells = [
      '{\n"model_name":"kling-v3",\n"duration":5,"charged_usd":"0.99"}',
      '{\n"model_name":"kling-v3",\n"duration":5,"charged_usd":"0.99",}',
    ];
    const input = join(dir, 'lines.csv');
    writeFileSync(input, `envelope\n${cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join('\n')}\n`);
    const output = join(dir, 'from-lines.jsonl');
    const run = reprice(['--in', input, '--out', output, ...AS_OF]);
    expect(run.status, run.stderr).toBe(1);
    const oneLine = cells.map((cell) => cell.replaceAll('\n', ' '));
    expect(readFileSync(output, 'utf8')).toBe(runCli(['--jsonl', ...AS_OF], oneLine.join('\n')).stdout);
  });

  it('reads a repeated key as JavaScript does in a CSV column of JSON envelopes too', () => {
    const input = join(dir, 'in.csv');
    const quoted = (line: string) => `"${line.replaceAll('"', '""')}"`;
    writeFileSync(input, `envelope\n${REPEATED.map(quoted).join('\n')}\n`);
    const output = join(dir, 'from-csv.jsonl');
    expect(reprice(['--in', input, '--out', output, ...AS_OF]).status).toBe(1);
    expect(readFileSync(output, 'utf8')).toBe(runCli(['--jsonl', ...AS_OF], REPEATED.join('\n')).stdout);
  });
});
