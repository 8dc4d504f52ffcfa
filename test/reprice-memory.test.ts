/**
 * `reprice` within a low `--memory-limit` (SPEC §11: memory bounded by DuckDB's limit, not by the
 * file). The priced rows are stored unsorted, which DuckDB spills beyond its limit, and sorted as
 * they are written; sorting them as the query made them ran out of memory at 150 MB on these
 * 60,000 lines in one thread (at 300 MB on 1,000,000 lines in two).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom, distinctEnvelope } from '../bench/envelopes';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reprice-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES = 60_000;

describe('reprice under a low memory limit', () => {
  it('prices 60,000 distinct lines in 150 MB, one thread, every line in its order', () => {
    const random = createRandom(11);
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const lines = Array.from({ length: LINES }, (_, i) => JSON.stringify(distinctEnvelope(random, i)));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const run = spawnSync(
      process.execPath,
      ['scripts/reprice.mjs', '--in', input, '--out', output, '--memory-limit', '150MB', '--threads', '1'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.stderr).toContain(`reprice: ${LINES.toLocaleString('en-US')} rows`);
    const numbers = readFileSync(output, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { line: number }).line);
    expect(numbers).toEqual(Array.from({ length: LINES }, (_, i) => i + 1));
  }, 60_000);

  it("says which flags to change when the limit is too low, in the command's words", () => {
    const input = join(dir, 'small.jsonl');
    writeFileSync(input, '{"model_name":"kling-v3","duration":5}\n');
    const run = spawnSync(
      process.execPath,
      [
        'scripts/reprice.mjs',
        '--in',
        input,
        '--out',
        join(dir, 'small-out.jsonl'),
        '--memory-limit',
        '40MB',
        '--threads',
        '2',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: Out of Memory Error: [^\n]+\n/);
    expect(run.stderr).toContain('more memory than --memory-limit 40MB gives 2 threads: raise it');
    expect(run.stderr).not.toContain('SET memory_limit');
  });
});
