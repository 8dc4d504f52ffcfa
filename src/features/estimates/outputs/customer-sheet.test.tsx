// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { estimateOf, SPEC_EXAMPLE } from '../../../../test/helpers/estimates';
import { toEstimateRecord } from '../../../engine';
import { formatCount, formatUsd } from '../../../lib/format-money';
import { CustomerSheet } from './customer-sheet';

// SPEC §9's example: a quarter at 10 % off, the cheapest packages; its lip-sync line has no internal price.
const estimate = estimateOf(SPEC_EXAMPLE);
const record = toEstimateRecord(estimate);

/** Every figure the customer must not see, as the record has it and as the sheets print it. */
function internalFigures(): string[] {
  const usdAmounts = [
    ...record.lines.flatMap((l) => [
      l.vendor_usd_per_month,
      l.vendor_usd_per_period,
      l.margin_usd_per_month,
      l.margin_usd_per_period,
    ]),
    ...[record.month, record.period].flatMap((t) => [t.vendor_usd, t.margin_usd]),
    record.packages_usd,
  ];
  // Units that are not also a line's count (the lip-sync line takes one unit a task: 1,000 is its count too).
  const counts = record.lines.map((l) => String('clips_per_month' in l ? l.clips_per_month : l.count_per_month));
  const units = [
    ...record.lines.flatMap((l) => [l.vendor_units_per_month, l.vendor_units_per_period]),
    ...[record.month, record.period].map((t) => t.vendor_units),
    record.units_bought,
    record.units_forfeited,
  ].filter((u): u is string => u !== null && !counts.includes(u));
  const pcts = [...record.lines.map((l) => l.margin_pct), record.month.margin_pct].filter((p) => p !== null);
  return [
    ...usdAmounts.flatMap((v) => [v, formatUsd(v), formatUsd(v).replace('-', '−')]),
    ...units.flatMap((u) => [u, formatCount(u)]),
    ...pcts.map((p) => `${p}%`),
    record.unit_price_usd ?? '',
  ];
}

/** The sheet's terms as "term: value". */
const termsOf = (sheet: HTMLElement) =>
  within(sheet)
    .getAllByRole('term')
    .map((t) => `${t.textContent}: ${t.nextSibling?.textContent}`);

describe('the customer sheet', () => {
  it('has the title, the customer, the date, the period, the discount and the price card', () => {
    render(<CustomerSheet estimate={estimate} date="2026-11-30" />);
    const sheet = screen.getByRole('article', { name: 'Estimate for Acme' });
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent(/^Estimate$/);
    expect(termsOf(sheet)).toEqual([
      'Customer: Acme',
      'Date: 30 November 2026',
      'Period: 3 months',
      'Discount: 10%',
      'Price card: internal@2026-11-21',
    ]);
    expect(sheet).toHaveTextContent('All prices are in US dollars (USD) and valid for the price card versions named');
  });

  it('lists each line with its count and prices, and the totals for a month and the period', () => {
    render(<CustomerSheet estimate={estimate} date="2026-11-30" />);
    const hero = screen.getByRole('row', { name: /Hero showcase/ });
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(hero).toHaveTextContent('kling-v3, pro, 10 s, 1080p, image, audio');
    expect(cells(hero)).toEqual(['5,000 clips', '$7,800.00', '$7,020.00', '$21,060.00']);
    expect(cells(screen.getByRole('row', { name: /Lip-sync/ }))).toEqual(['1,000 tasks', '—', '—', '—']);
    expect(screen.getByText(/no price yet; not in the totals/)).toBeInTheDocument();

    const totals = within(screen.getByRole('region', { name: 'Totals' }));
    expect(cells(totals.getByRole('row', { name: /List price/ }))).toEqual(['$7,800.00', '$23,400.00']);
    expect(cells(totals.getByRole('row', { name: /Discount \(10%\)/ }))).toEqual(['−$780.00', '−$2,340.00']);
    expect(cells(totals.getByRole('row', { name: /Your price/ }))).toEqual(['$7,020.00', '$21,060.00']);
    expect(totals.getByRole('columnheader', { name: 'For 3 months' })).toBeInTheDocument();
  });

  it('shows no vendor cost, units, packages, margin or internal warning', () => {
    const { container } = render(<CustomerSheet estimate={estimate} date="2026-11-30" />);
    const text = container.textContent ?? '';
    for (const figure of internalFigures()) expect(text, figure).not.toContain(figure);
    expect(text).not.toMatch(/vendor|margin|units?\b|package|cost|kling-official|internal estimate/i);
    for (const w of record.warnings) expect(text).not.toContain(w.message);
    // The check can fail: the same figures are on the internal sheet (internal-sheet.test.tsx).
    expect(internalFigures()).toContain('$7,642.62');
  });

  it('says "none" for no discount, and the date the prices are from when it is not the date printed', () => {
    render(<CustomerSheet estimate={estimateOf({ ...SPEC_EXAMPLE, discount_pct: '0' })} date="2026-12-24" />);
    const terms = termsOf(screen.getByRole('article'));
    expect(terms).toContain('Discount: none');
    expect(terms).toContain('Price card: internal@2026-11-21 (prices as of 30 November 2026)');
    const discount = within(screen.getByRole('row', { name: /^Discount/ }));
    expect(discount.getAllByRole('cell').map((c) => c.textContent)).toEqual(['$0.00', '$0.00']);
  });
});
