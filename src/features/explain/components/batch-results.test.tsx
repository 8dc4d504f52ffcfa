// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { twoInternalVersions } from '../../../../test/helpers/card-versions';
import { CHARGES_AS_OF, fiftyChargedRowsCsv } from '../../../../test/helpers/charged-file';
import { createFilePricer } from '../../../engine';
import { BatchResults } from './batch-results';

function totalsOf(text: string, asOf = CHARGES_AS_OF) {
  const pricer = createFilePricer('csv', twoInternalVersions(), {}, asOf);
  pricer.push(new TextEncoder().encode(text));
  pricer.end();
  return pricer.totals();
}

/** Each shown row of the checked rows: its number and its status. */
function shownRows() {
  const table = screen.getByRole('table', { name: 'Rows checked, mismatches first' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const [number] = within(row).getAllByRole('rowheader');
      return [number.textContent, within(row).getAllByRole('cell')[0].textContent];
    });
}

describe('the results of a file that says what was charged', () => {
  it('counts, totals, and lists the mismatches first, then the matches, with a filter', async () => {
    const user = userEvent.setup();
    render(
      <BatchResults
        totals={totalsOf(fiftyChargedRowsCsv())}
        errors={[]}
        csvUrl="blob:priced"
        mismatchCsvUrl="blob:mismatches"
        asOf={CHARGES_AS_OF}
      />,
    );
    expect(screen.getByTestId('charge-counts')).toHaveTextContent(
      'Of 50 rows that say what was charged: 4 mismatches, 46 matches.',
    );
    const totals = screen.getByRole('table', { name: 'Charged against expected' });
    expect(
      within(totals)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['USD', 'Rows compared50', 'Charged$58.85', 'Expected$58.25', 'Net difference+$0.60']);
    expect(screen.getByRole('link', { name: 'Download mismatches (CSV)' })).toHaveAttribute('href', 'blob:mismatches');

    const all = shownRows();
    expect(all).toHaveLength(50);
    expect(all.slice(0, 5)).toEqual([
      ['7', 'Mismatch'],
      ['19', 'Mismatch'],
      ['33', 'Mismatch'],
      ['46', 'Mismatch'],
      ['1', 'Match'],
    ]);
    const row33 = screen.getByRole('row', { name: /^33 / });
    expect(row33).toHaveTextContent('2026-12-05T10:00:00Zinternal@2026-12-01kling-v3 · std · 5 s · 720p · text');
    expect(row33).toHaveTextContent('$0.33$0.39-$0.06another card version: internal@2026-11-21 gives $0.33');
    expect(screen.getByRole('row', { name: /^7 / })).toHaveTextContent('as of 2026-12-15');

    await user.click(screen.getByRole('radio', { name: 'Mismatches (4)' }));
    expect(shownRows().map(([n]) => n)).toEqual(['7', '19', '33', '46']);
    await user.click(screen.getByRole('radio', { name: 'Matches (46)' }));
    const matches = shownRows();
    expect(matches).toHaveLength(46);
    expect(matches.every(([, status]) => status === 'Match')).toBe(true);
    // The radios are one group: the arrow keys move through it.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'All (50)' })).toBeChecked();
  });

  it('shows no charges section, and no mismatches link, for a file without those columns', () => {
    render(
      <BatchResults
        totals={totalsOf('model_name,duration\nkling-v3,5\n', '2026-11-30')}
        errors={[]}
        csvUrl="blob:priced"
        mismatchCsvUrl={null}
      />,
    );
    expect(screen.getByTestId('batch-internal')).toHaveTextContent('$0.33');
    expect(screen.queryByTestId('charge-results')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /mismatches/ })).not.toBeInTheDocument();
  });

  it('says when the date changed after the file was priced', () => {
    render(
      <BatchResults
        totals={totalsOf(fiftyChargedRowsCsv())}
        errors={[]}
        csvUrl="blob:priced"
        asOf={CHARGES_AS_OF}
        staleAsOf="2026-11-30"
      />,
    );
    expect(screen.getByText(/These results are as of 2026-12-15; the date is now 2026-11-30/)).toBeInTheDocument();
  });
});
