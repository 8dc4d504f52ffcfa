/**
 * `npm run quote`: the command line (src/cli/main.ts), run from its bundle; from source
 * through tsx when no bundle can be written (a read-only checkout, say).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledCli } from './cli-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let entry;
try {
  entry = join(await bundledCli(root), 'main.js');
} catch (error) {
  process.stderr.write(
    `note: running from source; the command line could not be bundled in .cache/ (${error instanceof Error ? error.message : error})\n`,
  );
  const tsx = await import('tsx/esm/api');
  tsx.register();
  entry = join(root, 'src', 'cli', 'main.ts');
}
await import(pathToFileURL(entry).href);
