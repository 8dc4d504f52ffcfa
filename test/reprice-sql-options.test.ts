/**
 * Re-pricing in SQL with the options of `--jsonl` (another vendor card, a package, an unknown
 * one of each) and across card versions (SPEC §8: the version in force by `created_at`, else the
 * as-of date), against `--jsonl` line by line; and a check that the comparison can fail.
 */
import { describe, expect, it } from 'vitest';
import { cards } from './helpers/cards';
import { cardSetWith, cardVersion } from './helpers/card-fixtures';
import { compileRepriceSql } from '../src/engine/sql/compile-reprice';
import { versioned } from './helpers/reprice-cards';
import { agreement, disagreements, priceWithEngine, priceWithSql } from './helpers/reprice-sql';
import { hardLines } from './helpers/reprice-cases';
import { generate, oracleLines } from './helpers/oracle-corpus';

const lines = [...hardLines(), ...oracleLines(generate(1500)).lines];

const DATES = ['2026-09-01', '2026-10-05', '2026-11-21', '2026-12-14', '2026-12-15', '2026-12-20', '2027-01-02'];

describe('re-pricing in SQL with options and card versions', () => {
  it.each([
    ['seed-002-usd', undefined],
    ['seed-004-app-credits', undefined],
    ['seed-004-app-credits', 'credits-500'],
    [undefined, 'package-2'],
    [undefined, 'nope'],
    ['nope', undefined],
  ])('vendor card %s, package %s', async (vendorCardId, packageId) => {
    const options = { honorResolution: false, asOf: '2026-11-30', vendorCardId, packageId };
    expect(await agreement(cards, lines, options, 10)).toEqual([]);
  });

  it.each(DATES)('card versions, as of %s, and by created_at', async (asOf) => {
    const dated = lines.map((line, i) => {
      if (i % 3 !== 0 || !line.startsWith('{"model_name"') || line.includes('"created_at"')) return line;
      const created = DATES[i % DATES.length];
      return `${line.slice(0, -1)},"created_at":"${created}T${String(i % 24).padStart(2, '0')}:30:00+01:00"}`;
    });
    for (const honorResolution of [false, true]) {
      expect(await agreement(versioned(), dated, { honorResolution, asOf }, 10)).toEqual([]);
    }
  });

  it('keeps amounts in 64-bit decimals when the cards bound them, 128-bit when a card needs more digits', async () => {
    const options = { honorResolution: false, asOf: '2027-01-02', emptyLineError: '' };
    // The cards' own amounts: the charged amount and the margin's percentage stay 38 wide in both.
    expect(compileRepriceSql(cards, options).query).toMatch(/raw_billed[^]*DECIMAL\(18, /);
    const fine = cardSetWith(
      cardVersion('internal.2026-11-21.json', '2027-01-01', (card) => ({
        modelMultipliers: { ...(card.modelMultipliers as object), 'kling-v3': '1234.12345678' },
      })),
    );
    expect(compileRepriceSql(fine, options).query).not.toMatch(/DECIMAL\(18,/);
    for (const honorResolution of [false, true]) {
      expect(await agreement(fine, lines, { honorResolution, asOf: '2027-01-02' }, 10)).toEqual([]);
    }
  });

  it('sees a disagreement: the SQL honouring resolution against --jsonl that does not', async () => {
    const sql = await priceWithSql(cards, lines, { honorResolution: true, asOf: '2026-11-30' });
    const engine = priceWithEngine(cards, lines, '2026-11-30', { honorResolution: false });
    expect(disagreements(lines, sql, engine, 1000).length).toBeGreaterThan(100);
  });
});
