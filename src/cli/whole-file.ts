/**
 * An output file written whole or not at all (decision 82): written beside its name, then renamed
 * over it. A run that fails while writing (a full disk, a sort out of memory) or is stopped leaves
 * no half-written file, and an earlier file of that name as it was (its mode too). The partial
 * file's name ends in the file's, so a writer that guesses compression from a name guesses alike.
 * A link is written through to its file; what is not a file (`/dev/stdout`, a pipe, a device) is
 * written as it is, since there is nothing to rename over.
 */
import { accessSync, chmodSync, constants, lstatSync, readlinkSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Links followed at most, as the kernel does. */
const MAX_LINKS = 40;

/**
 * The file a whole output is renamed over: `file`, or the file its links end at (there or not);
 * null for anything else, and for a link through /dev or /proc (whatever /dev/stdout names, even a
 * file the shell opened, is written through the descriptor, not replaced).
 */
function replaced(file: string): string | null {
  let path = resolve(file);
  for (let links = 0; links <= MAX_LINKS; links += 1) {
    const found = lstatSync(path, { throwIfNoEntry: false });
    if (!found || found.isFile()) return path;
    if (!found.isSymbolicLink() || /^\/(dev|proc)\//.test(path)) return null;
    path = resolve(dirname(path), readlinkSync(path));
  }
  return null;
}

/** The file an output to `file` replaces once whole, and where it is written until then; null: written as it is. */
export function wholeOutput(file: string): { readonly target: string; readonly partial: string } | null {
  const target = replaced(file);
  return target === null
    ? null
    : { target, partial: join(dirname(target), `.reprice-${process.pid}-${basename(target)}`) };
}

/** Why `file` cannot be written whole, said before any work: no folder to write in, or it is a folder. */
export function outputProblem(file: string): string | null {
  if (/[/\\]$/.test(file) || statSync(file, { throwIfNoEntry: false })?.isDirectory())
    return `--out ${file}: a folder, not a file`;
  const output = wholeOutput(file);
  if (output === null) return null;
  const folder = dirname(output.target);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return `--out ${file}: no such folder ${folder}`;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `--out ${file}: cannot write in ${folder} (the output is written there first, then renamed)`;
  }
  return null;
}

/** Writes `file` with `write(path)`, whole or not at all. */
export async function writeWhole(file: string, write: (path: string) => Promise<void>): Promise<void> {
  const output = wholeOutput(file);
  if (output === null) return write(file);
  const { target, partial } = output;
  try {
    await write(partial);
    const earlier = statSync(target, { throwIfNoEntry: false });
    if (earlier) chmodSync(partial, earlier.mode & 0o7777);
    renameSync(partial, target);
  } catch (error) {
    // Said of the file the user named, not of the one written first.
    throw error instanceof Error ? new Error(error.message.replaceAll(partial, file)) : error;
  } finally {
    rmSync(partial, { force: true });
  }
}
