import { describe, expect, it } from 'vitest';
import { estimateOf, SPEC_EXAMPLE } from '../../../../test/helpers/estimates';
import { estimateCsv } from './estimate-csv';
import { estimateFileName } from './estimate-file-name';

const CARDS = 'internal@2026-11-21 kling-official-units@2026-09-20 kling-services@2026-11-21 kling-packages@2026-11-21';
// SPEC §9's example (a quarter at 10 % off, the cheapest packages) for a customer whose name needs quoting.
const csvOf = () => estimateCsv(estimateOf({ ...SPEC_EXAMPLE, customer: 'Acme, "West" Inc.' }));

describe('estimateCsv', () => {
  it('names every column for what it is', () => {
    expect(csvOf().split('\r\n')[0]).toBe(
      'line,kind,what,count_per_month,internal_usd_per_month,customer_usd_per_month,vendor_units_per_month,' +
        'vendor_usd_per_month,margin_usd_per_month,margin_pct,count_per_period,internal_usd_per_period,' +
        'customer_usd_per_period,vendor_units_per_period,vendor_usd_per_period,margin_usd_per_period,' +
        'vendor_priced_at,customer,months,discount_pct,package,vendor_usd_per_unit,as_of,cards',
    );
  });

  it("writes a row a line and a Total row with the record's exact figures, the customer quoted", () => {
    const terms = `"Acme, ""West"" Inc.",3,10,cheapest,0.127377,2026-11-30,${CARDS}`;
    expect(csvOf().split('\r\n').slice(1)).toEqual([
      'Hero showcase,clip,"kling-v3, pro, 10 s, 1080p, image, audio",5000,7800.00,7020.00,60000,7642.622951,' +
        `-622.622951,-8.9,15000,23400.00,21060.00,180000,22927.868852,-1867.868852,package,${terms}`,
      // No internal price for the service: its price, the customer's price and the margin % are empty.
      'Lip-sync,service,"Lip-sync, 10 s = 2 blocks of 5 s",1000,,,1000,127.377049,-127.377049,,3000,,,3000,' +
        `382.131148,-382.131148,package,${terms}`,
      `Total,,,,7800.00,7020.00,61000,7770.00,-750.00,-10.7,,23400.00,21060.00,183000,23310.00,-2250.00,,${terms}`,
      '',
    ]);
  });

  it('defuses a line name a spreadsheet would run as a formula', () => {
    const file = { ...SPEC_EXAMPLE, lines: [{ ...(SPEC_EXAMPLE.lines as object[])[0], name: '=SUM(A1)' }] };
    expect(estimateCsv(estimateOf(file)).split('\r\n')[1]).toMatch(/^'=SUM\(A1\),clip,/);
  });
});

describe('estimateFileName', () => {
  it('is estimate-<customer slug>-<date>', () => {
    const name = (customer: string) => estimateFileName(customer, '2026-11-30', 'csv');
    expect(name('Acme, "West" Inc.')).toBe('estimate-acme-west-inc-2026-11-30.csv');
    expect(name('Café Ünïcode — 東京')).toBe('estimate-cafe-unicode-2026-11-30.csv');
    expect(name('東京')).toBe('estimate-customer-2026-11-30.csv');
    expect(name(`${'a'.repeat(39)} b`)).toBe(`estimate-${'a'.repeat(39)}-2026-11-30.csv`);
  });
});
