/**
 * Re-pricing from typed columns (SPEC §11: Parquet and CSV as a warehouse exports them, a column
 * a field, read without JSON text) against `--jsonl` on the same rows: the oracle corpus, the
 * hard lines and the charge lines, with and without honor resolution, across card versions; and
 * `created_at` stored as TIMESTAMP and TIMESTAMPTZ.
 */
import { describe, expect, it } from 'vitest';
import { cards } from './helpers/cards';
import { generate, oracleLines } from './helpers/oracle-corpus';
import { versioned } from './helpers/reprice-cards';
import { hardLines } from './helpers/reprice-cases';
import { duckConnection } from './helpers/reprice-sql';
import { objectLines, typedAgreement, typedFile } from './helpers/reprice-typed';

const AS_OF = '2026-12-10';
const oracle = objectLines(oracleLines(generate(3000)).lines);
const hard = objectLines(hardLines());
const charged = oracle.slice(0, 600).map((line, i) => {
  const charge = [
    { charged_usd: '0.33' },
    { charged_usd: 0.5, final_unit_deduction: 4 },
    { final_unit_deduction: '6' },
  ];
  return JSON.stringify({ ...(JSON.parse(line) as object), ...charge[i % 3] });
});

describe('re-pricing from typed columns agrees with --jsonl', () => {
  it.each([false, true])('Parquet: the oracle corpus (honor resolution: %s)', async (honorResolution) => {
    await typedFile(oracle, 'parquet');
    expect(await typedAgreement(cards, 'parquet', { honorResolution, asOf: AS_OF })).toEqual([]);
  });

  it.each([false, true])('Parquet: the hard lines, typed as DuckDB types them (honor: %s)', async (honorResolution) => {
    await typedFile(hard, 'parquet');
    expect(await typedAgreement(cards, 'parquet', { honorResolution, asOf: AS_OF }, 10)).toEqual([]);
  });

  it('Parquet: charges, across card versions', async () => {
    await typedFile(charged, 'parquet');
    expect(await typedAgreement(versioned(), 'parquet', { honorResolution: false, asOf: AS_OF })).toEqual([]);
  });

  it.each([false, true])(
    'CSV: the oracle corpus and the hard lines (honor resolution: %s)',
    async (honorResolution) => {
      await typedFile([...oracle.slice(0, 1500), ...hard, ...charged.slice(0, 300)], 'csv');
      expect(await typedAgreement(versioned(), 'csv', { honorResolution, asOf: AS_OF }, 10)).toEqual([]);
    },
  );

  it.each(['TIMESTAMP', 'TIMESTAMPTZ'])('Parquet: created_at stored as %s, across card versions', async (type) => {
    const c = await duckConnection();
    await c.run("SET TimeZone = 'Europe/Paris'");
    const dated = oracle.slice(0, 500).map((line, i) => {
      const at = ['2026-09-01 10:00:00', '2026-10-05 23:30:00.123', '2026-12-15 00:30:00', '2027-01-02 08:00:00'];
      return JSON.stringify({ ...(JSON.parse(line) as object), created_at: at[i % at.length] });
    });
    await typedFile(dated, 'parquet', ` REPLACE (CAST(created_at AS ${type}) AS created_at)`);
    const kind = await c.runAndReadAll('SELECT typeof(created_at) FROM rp_file LIMIT 1');
    expect(String(kind.getRows()[0][0])).toBe(type === 'TIMESTAMP' ? 'TIMESTAMP' : 'TIMESTAMP WITH TIME ZONE');
    expect(await typedAgreement(versioned(), 'parquet', { honorResolution: false, asOf: AS_OF })).toEqual([]);
    // Priced as of the instant, in UTC: a TIMESTAMPTZ written at 00:30 in Paris is 23:30 the day before.
    const instant = type === 'TIMESTAMP' ? '2026-12-15T00:30:00Z' : '2026-12-14T23:30:00Z';
    const priced = await c.runAndReadAll(
      `SELECT count(*) FROM priced WHERE json LIKE '{"ok":true%"as_of":"${instant}"%'`,
    );
    expect(Number(priced.getRows()[0][0])).toBeGreaterThan(50);
    await c.run("SET TimeZone = 'UTC'");
  });
});
