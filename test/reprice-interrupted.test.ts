/**
 * `reprice` stopped while it writes (Ctrl-C, a kill): the output goes to a file beside `--out` and
 * is renamed over it only once whole, so an earlier output of that name stays as it was, and the
 * run leaves nothing of its own behind (no partial output, no spilled rows).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom, distinctEnvelope } from '../bench/envelopes';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reprice-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reprice interrupted while it writes', () => {
  const random = createRandom(17);
  const input = join(dir, 'in.jsonl');
  const output = join(dir, 'out.jsonl');
  const lines = Array.from({ length: 60_000 }, (_, i) => JSON.stringify(distinctEnvelope(random, i)));
  writeFileSync(input, `${lines.join('\n')}\n`);

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'on %s keeps the earlier output and leaves nothing of its own (exit %i)',
    async (signal, code) => {
      writeFileSync(output, 'an earlier run\n');
      // Its temporary folder (spilled rows) in `dir` too: nothing but the input and the output may stay there.
      const child = spawn(process.execPath, ['scripts/reprice.mjs', '--in', input, '--out', output], {
        cwd: root,
        stdio: 'ignore',
        env: { ...process.env, TMPDIR: dir },
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      // Stopped once the partial output exists: the run is writing.
      let writing = false;
      while (!writing && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        writing = readdirSync(dir).some((name) => name.startsWith('.reprice-'));
      }
      expect(writing).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(readFileSync(output, 'utf8')).toBe('an earlier run\n');
      expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'out.jsonl']);
    },
    60_000,
  );
});
