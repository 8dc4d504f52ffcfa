import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCli } from '../scripts/cli-bundle.mjs';

const root = mkdtempSync(join(tmpdir(), 'kling-cli-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string, secondsAgo = 0) {
  const path = join(root, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, when, when);
}
const run = (dir: string) => spawnSync(process.execPath, [join(dir, 'main.js')], { encoding: 'utf8' }).stdout.trim();

describe('the command line bundle behind npm run quote', () => {
  it('is built once, reused while its sources are unchanged, and rebuilt when one changes', async () => {
    write('src/cli/value.ts', 'export const value: number = 1;\n', 60);
    write('src/cli/main.ts', "import { value } from './value';\nconsole.log(value);\n", 60);
    write('src/cli/price-worker.ts', 'export {};\n', 60);

    const first = await bundledCli(root);
    expect(run(first)).toBe('1');
    expect(await bundledCli(root)).toBe(first);

    write('src/cli/value.ts', 'export const value: number = 2;\n');
    const second = await bundledCli(root);
    expect(second).not.toBe(first);
    expect(run(second)).toBe('2');
    expect(await bundledCli(root)).toBe(second);
  });

  it('rebuilds when its record is corrupt, instead of failing', async () => {
    writeFileSync(join(root, '.cache', 'cli-current'), 'no-such-bundle\n');
    const dir = await bundledCli(root);
    expect(run(dir)).toBe('2');
  });
});
