/** `reprice`'s summary: exact sums of the priced amounts, in 18 digits where they fit and 38 where not. */
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/cli/reprice-output';

async function pricedTable(rows: ReadonlyArray<readonly [boolean, string | null, string | null, string | null]>) {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run('CREATE TABLE priced (ok BOOLEAN, internal_usd VARCHAR, vendor_usd VARCHAR, reconcile_status VARCHAR)');
  const appender = await c.createAppender('priced');
  for (const [ok, internal, vendor, status] of rows) {
    appender.appendBoolean(ok);
    for (const value of [internal, vendor, status]) {
      if (value === null) appender.appendNull();
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.closeSync();
  return c;
}

describe('the summary of a re-pricing', () => {
  it('sums amounts that fit 18 digits and amounts that do not, exactly', async () => {
    const c = await pricedTable([
      [true, '0.07', '0.252', 'match'],
      [true, '12345678901234567.89', '98765432109876543.211', 'mismatch'],
      [true, '0.10', null, null],
      [false, null, null, null],
    ]);
    expect(await summarize(c, 3)).toEqual({
      rows: 4,
      refused: 1,
      internalUsd: '12345678901234568.06',
      vendorUsd: '98765432109876543.463',
      vendorRows: 2,
      checked: 2,
      mismatched: 1,
    });
  });

  it('reads a vendor amount of 18 places or more in 38 digits', async () => {
    const c = await pricedTable([
      [true, '1.00', '0.000000000000000000001', null],
      [true, '2.00', '0.1', null],
    ]);
    const summary = await summarize(c, 21);
    expect([summary.internalUsd, summary.vendorUsd]).toEqual(['3.00', '0.100000000000000000001']);
  });
});
