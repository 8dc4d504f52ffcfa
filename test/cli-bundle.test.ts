import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCli } from '../scripts/cli-bundle.mjs';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project of its own: a command line printing `value`, sources dated a minute ago. */
function project(value: number): {
  root: string;
  write: (file: string, text: string, secondsFromNow?: number) => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'kling-cli-bundle-'));
  roots.push(root);
  const write = (file: string, text: string, secondsFromNow = -60) => {
    const path = join(root, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    const when = new Date(Date.now() + secondsFromNow * 1000);
    utimesSync(path, when, when);
  };
  write('src/cli/value.ts', `export const value: number = ${value};\n`);
  write('src/cli/main.ts', "import { value } from './value';\nconsole.log(value);\n");
  write('src/cli/price-worker.ts', 'export {};\n');
  write('src/cli/reprice.ts', "console.log('reprice');\n");
  write('package.json', '{"type":"module"}\n');
  return { root, write };
}
const run = (dir: string, program = 'main') =>
  spawnSync(process.execPath, [join(dir, `${program}.js`)], { encoding: 'utf8' }).stdout.trim();

describe('the command line bundle behind npm run quote and npm run reprice', () => {
  it('is built once, reused while its sources are unchanged, and rebuilt when one changes', async () => {
    const { root, write } = project(1);
    const first = await bundledCli(root);
    expect(run(first)).toBe('1');
    // npm run reprice runs from the same bundle.
    expect(run(first, 'reprice')).toBe('reprice');
    expect(await bundledCli(root)).toBe(first);

    write('src/cli/value.ts', 'export const value: number = 2;\n', 0);
    const second = await bundledCli(root);
    expect(second).not.toBe(first);
    expect(run(second)).toBe('2');
    expect(await bundledCli(root)).toBe(second);
  });

  it('is rebuilt when its configuration changes, not only its sources', async () => {
    const { root, write } = project(3);
    const first = await bundledCli(root);
    write('package.json', '{"type":"module","sideEffects":false}\n', 0);
    expect(await bundledCli(root)).not.toBe(first);
  });

  it('is not trusted when a source changed while it was built', async () => {
    const { root, write } = project(4);
    // Dated after the build started, as a file saved during the build would be.
    write('src/cli/value.ts', 'export const value: number = 5;\n', 3600);
    const first = await bundledCli(root);
    expect(run(first)).toBe('5');
    expect(await bundledCli(root)).not.toBe(first);
  });

  it('is rebuilt when its record is corrupt, instead of failing', async () => {
    const { root } = project(6);
    await bundledCli(root);
    writeFileSync(join(root, '.cache', 'cli-current'), 'no-such-bundle\n');
    expect(run(await bundledCli(root))).toBe('6');
  });

  it('is skipped when it cannot be written: npm run quote runs from source', () => {
    const { root } = project(7);
    mkdirSync(join(root, 'scripts'));
    for (const file of ['quote.mjs', 'run-cli.mjs', 'cli-bundle.mjs'])
      copyFileSync(resolve('scripts', file), join(root, 'scripts', file));
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    writeFileSync(join(root, '.cache'), 'a file where the cache folder would be');
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'quote.mjs')], { encoding: 'utf8' });
    expect([result.status, result.stdout.trim()]).toEqual([0, '7']);
    expect(result.stderr).toMatch(/^note: running from source/);
  });
});
