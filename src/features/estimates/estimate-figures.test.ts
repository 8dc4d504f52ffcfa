/** The figures the screen's tests read, priced by the engine from the file the form says. */
import { describe, expect, it } from 'vitest';
import { clip, estimateFile, recordOf } from '../../../test/helpers/estimates';
import { draftToFile } from './draft-file';
import { defaultDraft } from './estimate-draft';

const showcase = { model: 'kling-v3', mode: 'pro', duration: 10, resolution: '1080p', input: 'image', audio: false };
const social = { model: 'kling-v2-6', mode: 'std', duration: 5, resolution: '720p', input: 'text', audio: false };
const ask = (fields: Record<string, unknown> = {}) =>
  estimateFile([clip('Product showcases', 5000, showcase), clip('Social clips', 20000, social)], {
    customer: 'New customer',
    months: 3,
    package: 'list',
    ...fields,
  });

describe('the form’s first estimate', () => {
  it('is the usual ask, as a file', () => {
    expect(draftToFile(defaultDraft())).toEqual(ask({ discount_pct: '0' }));
  });

  it('costs what the screen shows', () => {
    const r = recordOf(ask());
    expect([r.month.customer_usd, r.month.vendor_usd, r.month.margin_usd, r.month.margin_pct]).toEqual([
      '12800.00',
      '9800.00',
      '3000.00',
      '23.4',
    ]);
    expect([r.period.customer_usd, r.packages_usd]).toEqual(['38400.00', '24360.00']);
  });

  it('at 10% off: $7,020.00 for the showcases, a margin of $1,420.00 (20.2%) at list price', () => {
    const line = recordOf(ask({ discount_pct: '10' })).lines[0];
    expect([
      line.customer_usd_per_month,
      line.vendor_usd_per_month,
      line.margin_usd_per_month,
      line.margin_pct,
    ]).toEqual(['7020.00', '5600.00', '1420.00', '20.2']);
  });

  it('against a $12,000 budget: 16,800 social clips fit, and every alert is reached', () => {
    const b = recordOf(ask({ budget: { budget_usd: '12000' } })).budget;
    expect(b?.by_priority.lines.map((l) => l.planned)).toEqual([5000, 16800]);
    expect(b?.alert).toBe('Spent $12000.00: past the 50%, 75% and 90% alerts of $12000.00 (100.0% used).');
  });
});
