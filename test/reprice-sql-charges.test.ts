/**
 * Re-pricing in SQL checks what was charged (SPEC §8) as `--jsonl` does: `reconcile` on every
 * line that carries `charged_usd` or `final_unit_deduction` (right, a cent off, at the
 * requested resolution, unrelated; units right and wrong; on cards in USD; across card
 * versions by `created_at`), with `vendor_others` and `warnings`. The SQL alone gives every
 * verdict and amount; `reprice` asks the engine for the cause of a mismatch only.
 */
import { describe, expect, it } from 'vitest';
import { cardSetWith, cardVersion } from './helpers/card-fixtures';
import { cards } from './helpers/cards';
import { generate, oracleLines } from './helpers/oracle-corpus';
import { versioned } from './helpers/reprice-cards';
import { hardLines } from './helpers/reprice-cases';
import { agreement, disagreements, priceWithEngine, priceWithSql, withoutCauses } from './helpers/reprice-sql';

const AS_OF = '2026-12-10';
const DATES = ['2026-09-01', '2026-10-05', '2026-11-21T10:00:00Z', '2026-12-15', 1797000000000, '2027-01-02'];

/** Lines with charges made from `--jsonl`'s own answers: some right, most wrong in a known or unknown way. */
function chargedLines(base: readonly string[]): string[] {
  const priced = priceWithEngine(cards, base, AS_OF, {});
  return base.flatMap((text, i) => {
    const answer = priced[i];
    if (!answer.ok || !text.startsWith('{')) return [];
    const internal = answer.internal as Record<string, string>;
    const units = (answer.vendor as { units?: string } | null)?.units ?? '4';
    const envelope = JSON.parse(text) as Record<string, unknown>;
    // Every twelfth line carries units only (its verdict is theirs alone: unchecked on a card in USD).
    const charged =
      i % 12 === 10
        ? undefined
        : [
            internal.usd,
            internal.usd_at_requested_resolution,
            `$${internal.usd}`,
            (Number(internal.usd) + 0.01).toFixed(2),
            Number(internal.raw_usd),
            '0.77',
          ][i % 6];
    const deducted = [units, String(Number(units) + 1), Number(units), undefined][i % 4];
    const created = i % 5 === 0 ? { created_at: DATES[i % DATES.length] } : {};
    return [JSON.stringify({ ...envelope, charged_usd: charged, final_unit_deduction: deducted, ...created })];
  });
}

const base = [...oracleLines(generate(1200)).lines, ...hardLines()];
const lines = chargedLines(base);

/** The CLI's own charge rows (test/cli-charges.test.ts) on its card with a later internal version. */
const cliCards = () =>
  cardSetWith(
    cardVersion('internal.2026-11-21.json', '2027-01-01', (card) => ({
      modelMultipliers: { ...(card.modelMultipliers as object), 'kling-v3': '1.5' },
    })),
  );
const row = (fields: Record<string, unknown>) => JSON.stringify({ model_name: 'kling-v3', duration: 5, ...fields });
const cliRows = [
  row({ created_at: '2026-12-31T23:59:59Z', charged_usd: '0.33' }),
  row({ created_at: 1798761600000, charged_usd: '0.38' }),
  row({ created_at: '2027-01-02', charged_usd: '0.33' }),
  row({ created_at: '2026-12-01', resolution: '1080p', charged_usd: '0.49' }),
  row({ model_name: 'kling-v2-6', input_type: 'multi-image', duration: 10, charged_usd: '0.57' }),
  row({ created_at: '2026-12-01', charged_usd: '0.77' }),
  row({}),
  row({ created_at: '2026-01-01', charged_usd: '0.33' }),
  row({ model_name: 'kling-v3-omni', mode: 'pro', duration: 7.5, final_unit_deduction: '12' }),
  row({ model_name: 'kling-v2-5-turbo', final_unit_deduction: 3, charged_usd: 0.25 }),
];

describe('re-pricing in SQL checks charges as --jsonl does', () => {
  it('has lines of every verdict (units on a card in USD are unchecked)', async () => {
    const options = { honorResolution: false, asOf: AS_OF, vendorCardId: 'seed-002-usd' };
    const statuses = (await priceWithSql(cards, lines, options)).map(
      (l) => (l.reconcile as { status?: string } | undefined)?.status,
    );
    for (const status of ['match', 'mismatch', 'unchecked']) expect(statuses).toContain(status);
  });

  it.each([false, true])('every line, the shipped cards (honor resolution: %s)', async (honorResolution) => {
    expect(await agreement(cards, lines, { honorResolution, asOf: AS_OF })).toEqual([]);
  });

  it.each([undefined, 'seed-002-usd', 'seed-004-app-credits'])('every line, vendor card %s', async (vendorCardId) => {
    expect(await agreement(cards, lines, { honorResolution: false, asOf: AS_OF, vendorCardId })).toEqual([]);
  });

  it.each([false, true])('every line across card versions (honor resolution: %s)', async (honorResolution) => {
    expect(await agreement(versioned(), lines, { honorResolution, asOf: AS_OF })).toEqual([]);
  });

  it('the command line charge rows, on a card with a later version', async () => {
    expect(await agreement(cliCards(), cliRows, { honorResolution: false, asOf: AS_OF })).toEqual([]);
  });
});

describe('the SQL alone', () => {
  it('gives every verdict and amount, and leaves only the cause of a mismatch null', async () => {
    const options = { honorResolution: false, asOf: AS_OF };
    const sql = await priceWithSql(versioned(), lines, options, true);
    const engine = priceWithEngine(versioned(), lines, AS_OF, {}).map(withoutCauses);
    expect(disagreements(lines, sql, engine)).toEqual([]);
    const mismatched = sql.filter((l) => (l.reconcile as { status?: string } | undefined)?.status === 'mismatch');
    expect(mismatched.length).toBeGreaterThan(100);
  });

  it('can fail: a line whose charge the engine finds a cause for differs without it', async () => {
    const options = { honorResolution: false, asOf: AS_OF };
    const sql = await priceWithSql(cliCards(), cliRows, options, true);
    const engine = priceWithEngine(cliCards(), cliRows, AS_OF, {});
    expect(disagreements(cliRows, sql, engine).length).toBeGreaterThan(0);
  });
});
