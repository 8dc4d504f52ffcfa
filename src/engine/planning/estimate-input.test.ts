/** SPEC §9: the one reader of an estimate, and SPEC's own example priced to the letter. */
import { describe, expect, it } from 'vitest';
import { clip, estimateFile, problemsOf, recordOf, service, SPEC_EXAMPLE } from '../../../test/helpers/estimates';
import { formatEstimateIssue, MAX_ESTIMATE_CHARS, parseEstimate, parseEstimateText } from './estimate-input';

const v3 = { model: 'kling-v3', duration: 5 };
const problems = (value: unknown) => {
  const parsed = parseEstimate(value);
  return parsed.ok ? [] : parsed.issues.map(formatEstimateIssue);
};

describe('SPEC §9’s example file', () => {
  it('reads into a normalized estimate', () => {
    const parsed = parseEstimate(SPEC_EXAMPLE);
    expect(parsed).toEqual({
      ok: true,
      estimate: {
        customer: 'Acme',
        months: 3,
        discountPct: '10',
        package: 'cheapest',
        lines: [
          {
            kind: 'clip',
            name: 'Hero showcase',
            clipsPerMonth: 5000,
            request: {
              model: 'kling-v3',
              mode: 'pro',
              durationSeconds: 10,
              resolution: '1080p',
              inputType: 'image',
              audio: true,
            },
          },
          { kind: 'service', name: 'Lip-sync', serviceId: 'lip-sync', countPerMonth: 1000, durationSeconds: 10 },
        ],
        generationSeconds: 120,
        budget: null,
      },
    });
  });

  it('prices with SPEC’s keys: $7,800.00 a month, $7,020.00 after 10%, 60,000 units, the packages for 183,000', () => {
    const r = recordOf(SPEC_EXAMPLE);
    expect(r).toMatchObject({
      customer: 'Acme',
      months: 3,
      discount_pct: '10',
      package: 'cheapest',
      lines: [
        {
          name: 'Hero showcase',
          internal_usd_per_month: '7800.00',
          customer_usd_per_month: '7020.00',
          vendor_units_per_month: '60000',
          vendor_usd_per_month: '7642.622951',
          margin_usd_per_month: '-622.622951',
        },
        {
          name: 'Lip-sync',
          internal_usd_per_month: null,
          customer_usd_per_month: null,
          vendor_units_per_month: '1000',
          vendor_usd_per_month: '127.377049',
          margin_usd_per_month: '-127.377049',
        },
      ],
      month: {
        internal_usd: '7800.00',
        customer_usd: '7020.00',
        vendor_units: '61000',
        vendor_usd: '7770.00',
        margin_usd: '-750.00',
      },
      period: {
        internal_usd: '23400.00',
        customer_usd: '21060.00',
        vendor_units: '183000',
        vendor_usd: '23310.00',
        margin_usd: '-2250.00',
      },
      packages: [
        { id: 'package-1', count: 1 },
        { id: 'package-2', count: 1 },
        { id: 'package-3', count: 2 },
      ],
      packages_usd: '23310.00',
      units_bought: '195000',
      units_used: '183000',
      units_forfeited: '12000',
      as_of: '2026-11-30',
      cards: [
        'internal@2026-11-21',
        'kling-official-units@2026-09-20',
        'kling-services@2026-11-21',
        'kling-packages@2026-11-21',
      ],
    });
    expect(r.warnings.map((w) => w.code)).toEqual([
      'audio-not-charged',
      'resolution-not-honored',
      'service-not-priced',
      'negative-margin',
      'units-forfeited',
    ]);
  });
});

describe('a bad estimate is refused, every problem named by its field', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['months 0', { months: 0 }, 'months: must be a whole number of months from 1 to 12, got 0'],
    ['months 13', { months: 13 }, 'months: must be a whole number of months from 1 to 12, got 13'],
    ['months 1.5', { months: 1.5 }, 'months: must be a whole number of months from 1 to 12, got 1.5'],
    ['discount 101', { discount_pct: '101' }, 'discount_pct: must be a percentage from 0 to 100'],
    ['discount -5', { discount_pct: -5 }, 'discount_pct: must be a percentage from 0 to 100'],
    ['discount 10%', { discount_pct: '10%' }, 'discount_pct: must be a percentage from 0 to 100'],
    ['no customer', { customer: '  ' }, 'customer: must not be empty'],
    ['a control character', { customer: 'Acme\u001b[2J' }, 'customer: must not contain control characters'],
    ['no lines', { lines: [] }, 'lines: must have at least one line'],
    ['a typo', { discount: '10' }, 'discount: is not a field of an estimate'],
    ['negative clips', { lines: [clip('X', -5, v3)] }, 'lines[0].clips_per_month: must be a whole number from 0'],
    ['too many clips', { lines: [clip('X', 1_000_001, v3)] }, 'lines[0].clips_per_month: must be a whole number'],
    ['half a task', { lines: [service('X', 'lip-sync', 0.5, 5)] }, 'lines[0].count_per_month: must be a whole'],
    ['a duration of 0', { lines: [clip('X', 1, { model: 'kling-v3', duration: 0 })] }, 'lines[0].request.duration'],
    ['no model', { lines: [clip('X', 1, { duration: 5 })] }, 'lines[0].request.model: is required'],
    ['an empty model', { lines: [clip('X', 1, { model: ' ', duration: 5 })] }, 'lines[0].request.model: is required'],
    ['a bad mode', { lines: [clip('X', 1, { ...v3, mode: 'turbo' })] }, 'lines[0].request.mode: must be one of'],
    ['a request typo', { lines: [clip('X', 1, { ...v3, resolutoin: '4k' })] }, 'lines[0].request.resolutoin: is not'],
    [
      'audio "yes"',
      { lines: [clip('X', 1, { ...v3, audio: 'yes' })] },
      'lines[0].request.audio: must be true or false',
    ],
    ['a service with clips', { lines: [{ ...service('X', 'lip-sync', 1, 5), clips_per_month: 3 }] }, 'is not read'],
    ['a clip without clips', { lines: [{ name: 'X', request: v3 }] }, 'lines[0].clips_per_month: is required'],
  ])('%s', (_why, fields, problem) => {
    expect(problems({ ...SPEC_EXAMPLE, ...fields }).join('\n')).toContain(problem);
  });

  it('lists every problem at once', () => {
    expect(problems({ ...SPEC_EXAMPLE, months: 0, discount_pct: '101' })).toHaveLength(2);
  });

  it.each([
    ['not JSON', '{"customer": "Acme",', 'the estimate is not valid JSON'],
    ['not an object', '[1, 2]', 'an estimate must be a JSON object, got [1,2]'],
    ['too long', `{"customer": "${'x'.repeat(MAX_ESTIMATE_CHARS)}"}`, 'the most read is 1,000,000'],
    ['deeply nested', `{"lines": ${'['.repeat(5000)}${']'.repeat(5000)}}`, 'lines'],
  ])('text that is %s', (_why, text, problem) => {
    const parsed = parseEstimateText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map(formatEstimateIssue).join('\n')).toContain(problem);
  });

  it('takes no discount and list price when the file names neither', () => {
    const bare = Object.fromEntries(
      Object.entries(SPEC_EXAMPLE).filter(([k]) => k !== 'discount_pct' && k !== 'package'),
    );
    const r = recordOf(bare);
    expect([r.discount_pct, r.package, r.month.customer_usd, r.lines[0].vendor_usd_per_month]).toEqual([
      '0',
      'list',
      '7800.00',
      '8400.00',
    ]);
  });

  it('reads a discount written as a number, and 0 clips of a line', () => {
    const r = recordOf(estimateFile([clip('Nothing yet', 0, v3)], { discount_pct: 12.5 }));
    expect([r.discount_pct, r.month.internal_usd, r.packages]).toEqual(['12.5', '0.00', []]);
    expect(problemsOf(estimateFile([clip('Nothing yet', 0, v3)]))).toEqual([]);
  });
});
