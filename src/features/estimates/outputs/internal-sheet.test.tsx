// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clip, estimateFile, estimateOf, SPEC_EXAMPLE } from '../../../../test/helpers/estimates';
import { InternalSheet } from './internal-sheet';

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
const table = (name: string) => within(screen.getByRole('table', { name }));

describe('the internal sheet', () => {
  it('is marked internal and names every card version and the package choice', () => {
    render(<InternalSheet estimate={estimateOf(SPEC_EXAMPLE)} date="2026-11-30" />);
    const sheet = screen.getByRole('article', { name: 'Internal estimate for Acme' });
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent('Estimate: internal');
    expect(sheet).toHaveTextContent('Internal: not for the customer');
    expect(sheet).toHaveTextContent(
      'internal@2026-11-21, kling-official-units@2026-09-20, kling-services@2026-11-21, kling-packages@2026-11-21 ' +
        '(in force on 2026-11-30)',
    );
    const terms = within(sheet)
      .getAllByRole('term')
      .map((t) => `${t.textContent}: ${t.nextSibling?.textContent}`);
    expect(terms.slice(0, 5)).toEqual([
      'Customer: Acme',
      'Date: 30 November 2026',
      'Period: 3 months',
      'Discount: 10%',
      'Package: cheapest',
    ]);
  });

  it('gives each line and the total its prices, vendor units and cost, and margin, a month and for the period', () => {
    render(<InternalSheet estimate={estimateOf(SPEC_EXAMPLE)} date="2026-11-30" />);
    const month = table('A month');
    const heads = month.getAllByRole('columnheader').map((h) => h.textContent);
    expect(heads).toEqual([
      'Line',
      'Clips or tasks',
      'List price',
      'Customer price',
      'Vendor units',
      'Vendor cost',
      'Margin',
      'Margin %',
    ]);
    expect(cells(month.getByRole('row', { name: /Hero showcase/ }))).toEqual([
      '5,000 clips',
      '$7,800.00',
      '$7,020.00',
      '60,000',
      '$7,642.62',
      '-$622.62',
      '-8.9%',
    ]);
    expect(cells(month.getByRole('row', { name: /Lip-sync/ }))).toEqual([
      '1,000 tasks',
      '—',
      '—',
      '1,000',
      '$127.38',
      '-$127.38',
      '—',
    ]);
    expect(cells(month.getByRole('row', { name: /Total/ }))).toEqual([
      '',
      '$7,800.00',
      '$7,020.00',
      '61,000',
      '$7,770.00',
      '-$750.00',
      '-10.7%',
    ]);
    const period = table('For 3 months');
    expect(cells(period.getByRole('row', { name: /Hero showcase/ }))).toEqual([
      '15,000 clips',
      '$23,400.00',
      '$21,060.00',
      '180,000',
      '$22,927.87',
      '-$1,867.87',
      '-8.9%',
    ]);
    expect(cells(period.getByRole('row', { name: /Total/ }))).toEqual([
      '',
      '$23,400.00',
      '$21,060.00',
      '183,000',
      '$23,310.00',
      '-$2,250.00',
      '-10.7%',
    ]);
  });

  it('shows the packages for all lines and the warnings', () => {
    render(<InternalSheet estimate={estimateOf(SPEC_EXAMPLE)} date="2026-11-30" />);
    const packages = screen.getByRole('region', { name: 'Packages' });
    expect(packages).toHaveTextContent(
      '1 × Package 1, 30,000 units ($4,200); 1 × Package 2, 45,000 units ($5,670, 10% off); ' +
        '2 × Package 3, 60,000 units ($6,720, 20% off)',
    );
    expect(packages).toHaveTextContent('$23,310.00');
    expect(packages).toHaveTextContent('195,000 bought, 183,000 used, 12,000 expire unused');
    expect(packages).toHaveTextContent('$0.127377 a unit in this estimate (package: cheapest)');
    expect(packages).toHaveTextContent('5 tasks at a time');
    const warnings = within(screen.getByRole('region', { name: 'Warnings' })).getAllByRole('listitem');
    expect(warnings.map((w) => w.textContent)).toEqual([
      'Warning: Hero showcase: Audio is not charged internally, but the vendor charges for it: a margin risk.',
      'Hero showcase: Billing charges 720p whatever the request asks; 1080p was requested.',
      'Warning: Lip-sync: no internal price (not on the internal card: set a price with an override): ' +
        'vendor cost, no revenue.',
      'Warning: The margin is negative: −$750.00 a month.',
      '12,000 of the 195,000 units bought expire unused.',
    ]);
  });

  it('lists each window of packages on a period longer than their validity', () => {
    const request = { model: 'kling-v3', mode: 'std', duration: 5, input: 'text' };
    const estimate = estimateOf(estimateFile([clip('Clips', 10_000, request)], { months: 4 }));
    render(<InternalSheet estimate={estimate} date="2026-11-30" />);
    const windows = within(screen.getByRole('region', { name: 'Packages' })).getAllByRole('listitem');
    expect(windows.map((w) => w.textContent?.split(':')[0])).toEqual(['Months 1–3', 'Month 4']);
  });
});
