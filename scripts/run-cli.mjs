/**
 * Runs one of the command line's programs (`main` for `npm run quote`, `reprice` for
 * `npm run reprice`) from its bundle; from source through tsx when no bundle can be written
 * (a read-only checkout, say).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledCli } from './cli-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Imports program `name` (`src/cli/<name>.ts`), which runs as it loads. */
export async function runCli(name) {
  let entry;
  try {
    entry = join(await bundledCli(root), `${name}.js`);
  } catch (error) {
    process.stderr.write(
      `note: running from source; the command line could not be bundled in .cache/ (${error instanceof Error ? error.message : error})\n`,
    );
    const tsx = await import('tsx/esm/api');
    tsx.register();
    entry = join(root, 'src', 'cli', `${name}.ts`);
  }
  await import(pathToFileURL(entry).href);
}
