/** `npm run quote`: the command line (src/cli/main.ts), run from its bundle. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledCli } from './cli-bundle.mjs';

const dir = await bundledCli(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
await import(pathToFileURL(join(dir, 'main.js')).href);
