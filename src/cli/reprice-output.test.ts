import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { outputProblem, writeOutput } from './reprice-output';

const dir = mkdtempSync(join(tmpdir(), 'reprice-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A `priced` relation of three lines, stored out of their order. */
async function pricedRows(): Promise<DuckDBConnection> {
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  await c.run(
    `CREATE TABLE priced AS SELECT line, '{"line":' || line || '}' AS json FROM (VALUES (2), (3), (1)) t(line)`,
  );
  return c;
}

describe('writing the priced rows', () => {
  it('replaces the file once the rows are written whole, in line order, leaving nothing beside it', async () => {
    const file = join(dir, 'whole.jsonl');
    writeFileSync(file, 'an earlier run\n');
    await writeOutput(await pricedRows(), file, 'jsonl');
    expect(readFileSync(file, 'utf8')).toBe('{"line":1}\n{"line":2}\n{"line":3}\n');
    expect(readdirSync(dir).filter((name) => name.startsWith('.reprice-'))).toEqual([]);
  });

  it('writes through a link to its file, and the link stays a link', async () => {
    const target = join(dir, 'target.jsonl');
    const link = join(dir, 'link.jsonl');
    writeFileSync(target, 'an earlier run\n');
    symlinkSync(target, link);
    await writeOutput(await pricedRows(), link, 'jsonl');
    expect([lstatSync(link).isSymbolicLink(), readFileSync(target, 'utf8')]).toEqual([
      true,
      '{"line":1}\n{"line":2}\n{"line":3}\n',
    ]);
  });
});

describe('an --out that cannot be written, said before any pricing', () => {
  it('names a missing folder, and a folder given as the file', () => {
    expect(outputProblem(join(dir, 'no-such', 'out.jsonl'))).toBe(
      `--out ${join(dir, 'no-such', 'out.jsonl')}: no such folder ${join(dir, 'no-such')}`,
    );
    expect(outputProblem(dir)).toBe(`--out ${dir}: a folder, not a file`);
  });

  it('lets a new file, an existing one and /dev/stdout through', () => {
    writeFileSync(join(dir, 'there.jsonl'), '');
    expect([join(dir, 'new.jsonl'), join(dir, 'there.jsonl'), '/dev/stdout'].map(outputProblem)).toEqual([
      null,
      null,
      null,
    ]);
  });
});
