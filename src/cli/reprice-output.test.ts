import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { writeOutput } from './reprice-output';

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
});
