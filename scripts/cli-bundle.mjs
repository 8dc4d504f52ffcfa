/**
 * The command line as one bundled file, which esbuild builds on first use and again
 * whenever any file it was built from changes (each one's size and modification time are
 * kept beside the bundle, with the build's own configuration). Starting from a bundle takes
 * a fraction of the time compiling the TypeScript modules one by one takes
 * (docs/decisions/0010-cli-bundle.md).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** A bundle replaced this long ago is no longer starting up anywhere. */
const RETIRED_MS = 60 * 60 * 1000;
/** What shapes a bundle besides the files esbuild reads. */
const CONFIGURATION = ['package.json', 'tsconfig.json', 'scripts/cli-bundle.mjs', 'node_modules/esbuild/package.json'];

/**
 * The directory of an up-to-date bundle of the command line of the project at `root`
 * (`main.js`, `price-worker.js` and `reprice.js`), built if need be. Bundles live in `.cache/`, two
 * levels below the root as src/cli is, so the command line finds rate-cards/ where it
 * always does. Throws when the bundle cannot be built or written.
 */
export async function bundledCli(root) {
  const cache = join(root, '.cache');
  const pointer = join(cache, 'cli-current');
  const stat = (file) => statSync(join(root, file));
  const fingerprint = (file) => {
    const s = stat(file);
    return `${s.size}:${s.mtimeMs}`;
  };
  const current = currentBundle(cache, pointer, fingerprint);
  if (current) return current;
  // A file saved while esbuild reads may be in the bundle as it was before: such a build is
  // used once but not recorded, and the next start builds again.
  for (let attempt = 1; ; attempt += 1) {
    const start = Date.now();
    const { dir, inputs } = await buildInto(root, cache);
    const settled = inputs.every((file) => stat(file).mtimeMs < start);
    if (settled || attempt === 3) {
      if (settled) record(cache, pointer, dir, Object.fromEntries(inputs.map((file) => [file, fingerprint(file)])));
      return dir;
    }
  }
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

/** Builds the bundle in a directory of its own; gives the files it depends on. */
async function buildInto(root, cache) {
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'cli-'));
  // Loaded only to build: importing esbuild costs every start about a tenth of a second.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', 'price-worker': 'src/cli/price-worker.ts', reprice: 'src/cli/reprice.ts' },
    // DuckDB loads its native library from its own package, beside which it must stay.
    external: ['@duckdb/node-api'],
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
    // Dependencies written as CommonJS may require Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const configuration = CONFIGURATION.filter((file) => existsSync(join(root, file)));
  return { dir, inputs: [...new Set([...Object.keys(result.metafile.inputs), ...configuration])] };
}

/**
 * Makes `dir` the current bundle: its inputs beside it, then a pointer renamed over the old
 * one (atomic), so a command starting meanwhile sees one bundle or the other, whole. The
 * bundle replaced is marked retired now; those retired (or never used) over an hour ago go.
 */
function record(cache, pointer, dir, inputs) {
  writeFileSync(join(dir, 'inputs.json'), JSON.stringify(inputs));
  let previous = null;
  try {
    previous = join(cache, readFileSync(pointer, 'utf8').trim());
  } catch {
    // no bundle yet
  }
  const next = `${pointer}.${process.pid}`;
  writeFileSync(next, dir.slice(cache.length + 1));
  renameSync(next, pointer);
  const now = new Date();
  if (previous && previous !== dir && existsSync(previous)) utimesSync(previous, now, now);
  for (const name of readdirSync(cache)) {
    const old = join(cache, name);
    if (!name.startsWith('cli-') || name.startsWith('cli-current') || old === dir || old === previous) continue;
    if (now.getTime() - statSync(old).mtimeMs > RETIRED_MS) rmSync(old, { recursive: true, force: true });
  }
}
