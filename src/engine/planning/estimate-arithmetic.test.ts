/**
 * SPEC §9's arithmetic on the shipped cards: kling-v3 std 5 s 720p text is $0.33 as billed and
 * 3 Kling units; the discount is applied to each line's monthly total and rounded half-up once.
 */
import { describe, expect, it } from 'vitest';
import { clip, estimateFile, problemsOf, recordOf, service, shipped } from '../../../test/helpers/estimates';

const v3 = { model: 'kling-v3', duration: 5 };
const listed = (lines: Record<string, unknown>[], fields: Record<string, unknown> = {}) =>
  recordOf(estimateFile(lines, { package: 'list', ...fields }));

describe('the customer price: the discount on each line’s monthly total, rounded half-up to the cent once', () => {
  it('rounds the month’s total, not each clip: 10 × $0.33 at 10% off is $2.97, not 10 × $0.30', () => {
    const r = listed([clip('Social', 10, v3)], { discount_pct: '10' });
    expect(r.lines[0]).toMatchObject({
      internal_usd_per_month: '3.30',
      customer_usd_per_month: '2.97',
      vendor_units_per_month: '30',
      vendor_usd_per_month: '4.20',
      margin_usd_per_month: '-1.23',
    });
  });

  it('takes a period as month × months, never rounding again: 1 clip at 10% off is $0.30 a month, $0.90 for 3', () => {
    const r = listed([clip('One', 1, v3)], { discount_pct: '10', months: 3 });
    expect(r.lines[0].customer_usd_per_month).toBe('0.30');
    // Rounding the period once would give round(0.99 × 0.9) = $0.89.
    expect(r.lines[0].customer_usd_per_period).toBe('0.90');
    expect(r.period.customer_usd).toBe('0.90');
  });

  it('adds up the lines as rounded: two lines of $0.30 make $0.60, not round($0.66 × 0.9) = $0.59', () => {
    const r = listed([clip('A', 1, v3), clip('B', 1, v3)], { discount_pct: '10' });
    expect(r.month).toMatchObject({
      internal_usd: '0.66',
      customer_usd: '0.60',
      vendor_usd: '0.84',
      margin_usd: '-0.24',
    });
  });

  it.each([
    ['10', '1.49'], // 1.65 × 0.9 = 1.485: an exact tie, half-up (half-even would give 1.48)
    ['12.5', '1.44'], // 1.65 × 0.875 = 1.44375
    [10, '1.49'], // a JSON number reads as the same percentage
    ['0', '1.65'],
    ['100', '0.00'],
  ])('%s%% off 5 clips ($1.65) is $%s', (discount, customer) => {
    const r = listed([clip('Five', 5, v3)], { discount_pct: discount });
    expect(r.lines[0].customer_usd_per_month).toBe(customer);
  });

  it('has no margin percentage when nothing is charged, and a negative margin is the whole vendor cost', () => {
    const r = listed([clip('Free', 5, v3)], { discount_pct: '100' });
    expect(r.month).toMatchObject({ customer_usd: '0.00', vendor_usd: '2.10', margin_usd: '-2.10', margin_pct: null });
    expect(r.warnings.map((w) => w.code)).toContain('negative-margin');
  });
});

describe('each package choice on SPEC §9’s example', () => {
  const spec = (pkg: string) =>
    recordOf(
      estimateFile(
        [
          clip('Hero showcase', 5000, {
            model: 'kling-v3',
            mode: 'pro',
            duration: 10,
            resolution: '1080p',
            input: 'image',
            audio: true,
          }),
          service('Lip-sync', 'lip-sync', 1000, 10),
        ],
        { customer: 'Acme', months: 3, discount_pct: '10', package: pkg },
      ),
    );

  it.each([
    // package, hero's vendor, lip-sync's vendor, month's vendor, month's margin
    ['cheapest', '7642.622951', '127.377049', '7770.00', '-750.00'],
    ['list', '8400.00', '140.00', '8540.00', '-1520.00'],
    ['package-2', '7560.00', '126.00', '7686.00', '-666.00'],
    ['package-3', '6720.00', '112.00', '6832.00', '188.00'],
    ['trial-100', '5874.00', '97.90', '5971.90', '1048.10'],
  ])('%s: the vendor cost at its unit price', (pkg, hero, lipSync, vendor, margin) => {
    const r = spec(pkg);
    expect(r.lines.map((l) => l.vendor_usd_per_month)).toEqual([hero, lipSync]);
    expect(r.month).toMatchObject({ internal_usd: '7800.00', customer_usd: '7020.00', vendor_units: '61000' });
    expect([r.month.vendor_usd, r.month.margin_usd]).toEqual([vendor, margin]);
    // The packages to buy are the cheapest mix whatever prices the vendor cost (SPEC §9).
    expect(r.packages.map((p) => `${p.count}×${p.id}`)).toEqual(['1×package-1', '1×package-2', '2×package-3']);
    expect(r.packages_usd).toBe('23310.00');
  });

  it('cheapest: the period’s vendor cost is exactly what the packages cost', () => {
    const r = spec('cheapest');
    expect(r.period).toMatchObject({ vendor_units: '183000', vendor_usd: '23310.00', margin_usd: '-2250.00' });
    expect(r.effective_unit_price_usd).toBe('0.127377');
    expect(r.unit_price_usd).toBe('0.127377');
  });
});

describe('services', () => {
  it('without an internal price: null, vendor cost and no revenue, and a warning', () => {
    const r = listed([service('Lip-sync', 'lip-sync', 1000, 12)], { discount_pct: '10' });
    // 12 s is 3 blocks of 5 s: 1.5 units a task.
    expect(r.lines[0]).toMatchObject({
      internal_usd_per_month: null,
      customer_usd_per_month: null,
      vendor_units_per_month: '1500',
      vendor_usd_per_month: '210.00',
      margin_usd_per_month: '-210.00',
    });
    expect(r.month).toMatchObject({ internal_usd: '0.00', customer_usd: '0.00', margin_usd: '-210.00' });
    expect(r.warnings.find((w) => w.code === 'service-not-priced')?.line_index).toBe(0);
  });

  it('with an override price: revenue per block, discounted like a clip', () => {
    const set = { ...shipped, servicePricesUsd: { 'lip-sync': '0.10' } };
    const r = recordOf(
      estimateFile([service('Lip-sync', 'lip-sync', 1000, 10)], { package: 'list', discount_pct: '10' }),
      set,
    );
    expect(r.lines[0]).toMatchObject({ internal_usd_per_month: '200.00', customer_usd_per_month: '180.00' });
    expect(r.warnings.map((w) => w.code)).not.toContain('service-not-priced');
  });

  it('says a duration is ignored by a service billed per task', () => {
    const r = recordOf(estimateFile([service('Ext', 'video-extension-pro', 10, 5)], { package: 'list' }));
    expect(r.lines[0]).toMatchObject({ vendor_units_per_month: '35', vendor_usd_per_month: '4.90' });
    expect(r.warnings.find((w) => w.code === 'duration-ignored')?.message).toBe(
      'Ext: Video extension, professional, all versions (4–5 s) is not billed by duration: 5 s is ignored.',
    );
  });

  it('Kolors keeps its own published price and is not bought in packages', () => {
    const r = recordOf(estimateFile([service('Thumbnails', 'kolors-text-to-image', 3000)], { package: 'package-3' }));
    expect(r.lines[0]).toMatchObject({ vendor_units_per_month: '12000', vendor_usd_per_month: '42.00' });
    expect([r.units_used, r.packages_usd, r.packages]).toEqual(['0', '0.00', []]);
  });

  it('applies the user’s vendor discount to every vendor cost, and says so', () => {
    const set = { ...shipped, vendorDiscountPct: '10' };
    const r = recordOf(estimateFile([clip('A', 10, v3), service('K', 'kolors-v1', 100)], { package: 'list' }), set);
    // 30 units × $0.14 × 0.9; 100 units × $0.0035 × 0.9
    expect(r.lines.map((l) => l.vendor_usd_per_month)).toEqual(['3.78', '0.315']);
    expect(r.warnings.map((w) => w.code)).toContain('vendor-discount');
  });
});

describe('what cannot be priced is refused, naming the field', () => {
  it.each([
    [[clip('X', 1, { model: 'kling-v9', duration: 5 })], {}, 'lines[0].request.model: unknown model "kling-v9"'],
    [[clip('X', 1, { model: 'kling-v3', duration: 16 })], {}, 'lines[0].request: vendor cost unavailable'],
    [[service('X', 'lip-sink', 1, 5)], {}, 'lines[0].service: no service "lip-sink" (one of: lip-sync,'],
    [[service('X', 'lip-sync', 1)], {}, 'lines[0].duration: Lip-sync'],
    [[service('X', 'text-to-audio', 1, 12)], {}, 'lines[0].duration: Text-to-audio (3–10 s of audio) takes 3–10 s'],
    [[clip('X', 1, v3)], { package: 'package-9' }, 'package: no package "package-9" (one of: cheapest, list,'],
    [[clip('X', 1, v3)], { package: 'credits-100' }, 'package: no package "credits-100"'],
  ])('%j %j', (lines, fields, problem) => {
    expect(problemsOf(estimateFile(lines, fields)).join('\n')).toContain(problem);
  });
});
