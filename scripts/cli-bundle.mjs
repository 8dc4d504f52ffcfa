/**
 * The command line as one bundled file, which esbuild builds on first use and again
 * whenever any file it was built from changes (each one's size and modification time are
 * kept beside the bundle). Starting from a bundle takes a fraction of the time compiling
 * the TypeScript modules one by one takes (docs/decisions/0010-cli-bundle.md).
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STALE_MS = 60 * 60 * 1000;

/**
 * The directory of an up-to-date bundle of the command line of the project at `root`
 * (`main.js` and `price-worker.js`), built if need be. Bundles live in `.cache/`, two
 * levels below the root as src/cli is, so the command line finds rate-cards/ where it
 * always does.
 */
export async function bundledCli(root) {
  const cache = join(root, '.cache');
  const pointer = join(cache, 'cli-current');
  const fingerprint = (file) => {
    const s = statSync(join(root, file));
    return `${s.size}:${s.mtimeMs}`;
  };
  return currentBundle(cache, pointer, fingerprint) ?? (await rebuild(root, cache, pointer, fingerprint));
}

/** The directory of the current bundle, if every file it was built from is unchanged. */
function currentBundle(cache, pointer, fingerprint) {
  try {
    const dir = join(cache, readFileSync(pointer, 'utf8').trim());
    const inputs = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8'));
    const fresh = Object.entries(inputs).every(([file, print]) => fingerprint(file) === print);
    return fresh && existsSync(join(dir, 'main.js')) ? dir : null;
  } catch {
    return null;
  }
}

/** Builds a new bundle in a directory of its own, then points to it (a rename: atomic). */
async function rebuild(root, cache, pointer, fingerprint) {
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'cli-'));
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', 'price-worker': 'src/cli/price-worker.ts' },
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
    // Dependencies written as CommonJS may require Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, fingerprint(file)]));
  writeFileSync(join(dir, 'inputs.json'), JSON.stringify(inputs));
  const next = `${pointer}.${process.pid}`;
  writeFileSync(next, dir.slice(cache.length + 1));
  renameSync(next, pointer);
  // Bundles replaced an hour ago or more are no longer running.
  for (const name of readdirSync(cache)) {
    const old = join(cache, name);
    if (name.startsWith('cli-') && old !== dir && name !== 'cli-current' && Date.now() - statSync(old).mtimeMs > STALE_MS) {
      rmSync(old, { recursive: true, force: true });
    }
  }
  return dir;
}
