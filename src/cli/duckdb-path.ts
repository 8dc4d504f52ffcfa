/**
 * A file's name as DuckDB's readers take it: an SQL string, and no glob. They read `*`, `?`, `[…]`
 * and `{…}` in a name as a pattern of names, so a file whose name holds one would be read with, or
 * instead of, others: it is read through a link whose name holds none, in the run's own folder.
 */
import { symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const DUCKDB_GLOB = /[*?[\]{}]/;

/** A file's name as an SQL string literal, for DuckDB's readers and COPY. */
export const fileLiteral = (path: string): string => `'${path.replace(/'/g, "''")}'`;

/** `path` itself, or a link to it in `folder` when DuckDB would read its name as a pattern. */
export function literalPath(path: string, folder: string): string {
  if (!DUCKDB_GLOB.test(path)) return path;
  const link = join(folder, `input-${basename(path).replace(new RegExp(DUCKDB_GLOB, 'g'), '_')}`);
  symlinkSync(resolve(path), link);
  return link;
}
