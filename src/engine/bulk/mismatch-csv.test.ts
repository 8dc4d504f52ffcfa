import { describe, expect, it } from 'vitest';
import type { ChargeRow } from './charge-totals';
import { mismatchCsvLine, MISMATCH_CSV_HEADER } from './mismatch-csv';

const row: ChargeRow = {
  row: 12,
  createdAt: '2026-12-05T10:00:00Z',
  asOf: '2026-12-05',
  model: '=HYPERLINK("x"), "y"',
  mode: 'pro',
  durationSeconds: 5.2,
  resolution: '1080p',
  inputType: 'video',
  card: 'internal@2026-12-01',
  status: 'mismatch',
  usd: { status: 'match', charged: '1.20', expected: '1.20', difference: '0.00', cause: null, causeCode: null },
  units: {
    status: 'mismatch',
    charged: '6',
    expected: '4',
    difference: '2',
    cause: 'another input type: priced as video instead of text, on kling-official-units@2026-09-20 gives 6 units',
    causeCode: 'input-type',
  },
};

describe('a row of the mismatches CSV', () => {
  it('has a cell for each named column, escaped as the priced-rows CSV escapes them', () => {
    const line = mismatchCsvLine(row);
    expect(line.endsWith('\r\n')).toBe(true);
    // A model name is user text: quoted for its comma and quotes, and defused for a spreadsheet.
    expect(line).toBe(
      '12,2026-12-05T10:00:00Z,2026-12-05,"\'=HYPERLINK(""x""), ""y""",pro,5.2,1080p,video,internal@2026-12-01,' +
        '1.20,1.20,0.00,,6,4,2,' +
        '"another input type: priced as video instead of text, on kling-official-units@2026-09-20 gives 6 units"\r\n',
    );
    expect(MISMATCH_CSV_HEADER).toHaveLength(17);
  });

  it('leaves the cells of an amount the row did not carry empty, and an unknown expectation empty', () => {
    const unchecked = { ...row.units!, status: 'unchecked' as const, expected: null, difference: null };
    const line = mismatchCsvLine({ ...row, model: 'kling-v3', usd: null, units: unchecked });
    expect(line.split(',').slice(9, 16)).toEqual(['', '', '', '', '6', '', '']);
    expect(line).toContain(',,"another input type');
  });
});
