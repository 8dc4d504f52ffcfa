import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { twoInternalVersions } from '../../../test/helpers/card-versions';
import {
  CHARGED_TOTAL,
  CHARGES_AS_OF,
  EXPECTED_TOTAL,
  fiftyChargedRows,
  fiftyChargedRowsCsv,
  WRONG_ROW_CAUSES,
} from '../../../test/helpers/charged-file';
import { createFilePricer } from './file-pricer';
import { mismatchCsvLine, MISMATCH_CSV_HEADER } from './mismatch-csv';
import type { RowOutcome } from './batch';

/** Fixture cards with two versions of the internal card; rows without created_at priced as of 2026-12-15. */
const set = twoInternalVersions();
const AS_OF = CHARGES_AS_OF;
/** The four wrong rows with their causes, as `causes` gives them. */
const EXPECTED_CAUSES = WRONG_ROW_CAUSES.map(([row, code, lead]) => [row, code, expect.stringContaining(lead)]);

function price(format: 'csv' | 'jsonl', text: string, asOf: string | null = AS_OF, on = set) {
  const pricer = createFilePricer(format, on, {}, asOf);
  const rows: RowOutcome[] = [];
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += 11) rows.push(...pricer.push(bytes.subarray(i, i + 11)));
  rows.push(...pricer.end());
  return { rows, totals: pricer.totals() };
}

/** The mismatched rows: number, cause code and cause of the USD check. */
const causes = (rows: RowOutcome[]) =>
  rows.flatMap((r) =>
    r.ok && r.charge?.status === 'mismatch' ? [[r.row, r.charge.usd?.causeCode, r.charge.usd?.cause]] : [],
  );
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('pricing a file that says what was charged', () => {
  const csv = fiftyChargedRowsCsv();

  it('flags the four wrong rows of fifty in a CSV, each with its cause, and totals charged against expected', () => {
    const { rows, totals } = price('csv', csv);
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(causes(rows)).toEqual(EXPECTED_CAUSES);
    const c = totals.charges;
    expect([c.rows, c.matches, c.mismatches, c.unchecked]).toEqual([50, 46, 4, 0]);
    // Differences: +0.20, −0.01, −0.06 and +0.47.
    expect(c.usd).toEqual({
      rows: 50,
      mismatches: 4,
      unchecked: 0,
      charged: CHARGED_TOTAL,
      expected: EXPECTED_TOTAL,
      difference: '0.60',
    });
    expect(c.units).toBeNull();
    expect(c.mismatchRows.map((r) => r.row)).toEqual([7, 19, 33, 46]);
    expect(c.otherRows).toHaveLength(46);
    // The internal total is what the cards give: the expected total.
    expect(totals.internalUsd).toBe(EXPECTED_TOTAL);
  });

  it('prices each row on the card in force on its created_at, else as of the chosen date', () => {
    const { rows } = price('csv', csv);
    const seen = rows.slice(0, 20).map((r) => (r.ok ? [r.charge?.createdAt, r.charge?.asOf, r.charge?.card] : r));
    expect(seen[0]).toEqual([null, '2026-12-15', 'internal@2026-12-01']);
    expect(seen[5]).toEqual(['2026-11-25T09:30:00Z', '2026-11-25', 'internal@2026-11-21']);
    expect(seen[10]).toEqual(['2026-11-28T12:00:00Z', '2026-11-28', 'internal@2026-11-21']);
    expect(seen[15]).toEqual(['2026-12-03', '2026-12-03', 'internal@2026-12-01']);
    // As of a date before the change, the rows without created_at are priced on the old card.
    const earlier = price('csv', csv, '2026-11-30');
    expect(earlier.rows[0].ok && earlier.rows[0].charge).toMatchObject({ status: 'mismatch', asOf: '2026-11-30' });
    expect(earlier.rows[0].ok && earlier.rows[0].charge?.usd?.causeCode).toBe('card-version');
    expect(earlier.rows[0].ok && earlier.rows[0].charge?.usd?.cause).toMatch(
      /^another card version: internal@2026-12-01 gives \$0\.39/,
    );
  });

  it('writes the mismatches as CSV with named columns', () => {
    const { totals } = price('csv', csv);
    expect(MISMATCH_CSV_HEADER.join(',')).toBe(
      'row,created_at,as_of,model,mode,duration,resolution,input_type,card,charged_usd,expected_usd,' +
        'difference_usd,cause,final_unit_deduction,expected_units,difference_units,units_cause',
    );
    const lines = totals.charges.mismatchRows.map(mismatchCsvLine);
    const starts = [
      '7,,2026-12-15,kling-v3,std,5,1080p,text,internal@2026-12-01,0.59,0.39,0.20,',
      '19,2026-12-03,2026-12-03,kling-v2-6,std,3,720p,video,internal@2026-12-01,0.22,0.23,-0.01,',
      '33,2026-12-05T10:00:00Z,2026-12-05,kling-v3,std,5,720p,text,internal@2026-12-01,0.33,0.39,-0.06,',
      '46,,2026-12-15,kling-v2-6,std,5,720p,text,internal@2026-12-01,0.77,0.30,0.47,',
    ];
    // The cause (quoted when it holds a comma), then four empty cells: no units were charged.
    expect(lines).toEqual(
      starts.map((start, i) =>
        expect.stringMatching(new RegExp(`^${escape(start)}"?${escape(WRONG_ROW_CAUSES[i][2])}.*,,,,\r\n$`)),
      ),
    );
    expect(lines[0]).toBe(`${starts[0]}${WRONG_ROW_CAUSES[0][2]},,,,\r\n`);
  });

  it('does the same for JSON Lines, with numbers, epoch milliseconds and units deducted', () => {
    const lines = fiftyChargedRows().map((row, i) => {
      const { created_at, charged_usd, duration, ...rest } = row;
      const when = /^\d+$/.test(created_at) ? Number(created_at) : created_at || undefined;
      // kling-v3 std 5 s at 720p is 3 units at Kling (0.6 a second, rounded up); row 41 says 4.
      const units =
        rest.model_name === 'kling-v3' && rest.mode === 'std' && rest.resolution === '720p'
          ? i === 40
            ? '4'
            : 3
          : undefined;
      return JSON.stringify({
        ...rest,
        duration: Number(duration),
        created_at: when,
        charged_usd: Number(charged_usd),
        final_unit_deduction: units,
      });
    });
    const { rows, totals } = price('jsonl', lines.join('\n'));
    expect(causes(rows)).toEqual([...EXPECTED_CAUSES.slice(0, 3), [41, null, null], EXPECTED_CAUSES[3]]);
    const c = totals.charges;
    expect([c.rows, c.matches, c.mismatches]).toEqual([50, 45, 5]);
    expect(c.usd).toMatchObject({ charged: CHARGED_TOTAL, expected: EXPECTED_TOTAL, difference: '0.60' });
    const row41 = c.mismatchRows.find((r) => r.row === 41);
    expect(row41?.units).toMatchObject({
      charged: '4',
      expected: '3',
      difference: '1',
      cause: 'no known rule gives 4 units',
    });
    expect(c.units).toMatchObject({ rows: 10, mismatches: 1, charged: '31', expected: '30', difference: '1' });
  });

  it('makes a bad charged_usd, final_unit_deduction or created_at its row’s error, naming column and value', () => {
    const text =
      'model_name,duration,charged_usd,final_unit_deduction,created_at\n' +
      'kling-v3,5,abc,,\nkling-v3,5,0.39,-3,\nkling-v3,5,0.39,,yesterday\n' +
      'kling-v3,5,0.39,,2025-01-01\nkling-v3,5,0.39,,\n';
    const { rows, totals } = price('csv', text);
    expect(rows.map((r) => (r.ok ? [r.row, r.charge?.status] : [r.row, r.error]))).toEqual([
      [1, 'charged_usd: must be an amount in USD of 0 or more, got "abc"'],
      [2, 'final_unit_deduction: must be a number of units of 0 or more, got "-3"'],
      [
        3,
        'created_at: must be an ISO 8601 date (2026-11-30 or 2026-11-30T14:05:00Z) or epoch milliseconds, ' +
          'got "yesterday"',
      ],
      [4, 'no version of "internal" is in force on 2025-01-01: its oldest takes effect on 2026-11-21'],
      [5, 'match'],
    ]);
    expect(totals).toMatchObject({ rows: 1, failed: 4 });
  });

  it('prices a file without these columns exactly as before: no checks, on the set as it is', () => {
    const text = 'model_name,mode,duration\nkling-v3,std,5\nkling-v3,pro,10\n';
    const { rows, totals } = price('csv', text, null, cards);
    expect(rows.map((r) => (r.ok ? [r.quote.internal.charged.usd, r.quote.asOf, r.charge] : r))).toEqual([
      ['0.33', null, null],
      ['1.56', null, null],
    ]);
    expect(totals.charges).toEqual({
      rows: 0,
      matches: 0,
      mismatches: 0,
      unchecked: 0,
      usd: null,
      units: null,
      mismatchRows: [],
      otherRows: [],
    });
  });
});
