/**
 * The code a pricing worker runs. From a built `.js` CLI it is the sibling file. Under tsx
 * (`npm run quote`) it is price-worker.ts bundled in memory by esbuild (tsx's own compiler):
 * a worker that loaded tsx would spend most of a second compiling modules one by one.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface WorkerScript {
  /** A file path, or the script's source when `eval` is set. */
  readonly code: string;
  readonly eval: boolean;
}

let bundled: string | undefined;

export function workerScript(): WorkerScript {
  if (!import.meta.url.endsWith('.ts')) {
    return { code: fileURLToPath(new URL('./price-worker.js', import.meta.url)), eval: false };
  }
  if (bundled === undefined) {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = esbuild.buildSync({
      entryPoints: [fileURLToPath(new URL('./price-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    bundled = result.outputFiles[0].text;
  }
  return { code: bundled, eval: true };
}
