/**
 * SPEC §9 on random estimates (clips and services, 1–12 months, any discount, each package
 * choice), every figure checked against arithmetic done here on integers: the customer's price,
 * the vendor cost at the unit price chosen (the cheapest mix's packages_usd ÷ units used as an
 * exact fraction), the margin, the totals, and the packages against brute force.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, estimateFile, recordOf, service, shipped } from '../../../test/helpers/estimates';
import { bruteForcePackages } from '../../../test/helpers/package-brute-force';
import { packagesFor } from '../cards/card-set';

const S = 10n ** 10n;

/** A decimal string as an integer × 10^-10 (the figures here have at most 10 decimals). */
function fixed(text: string): bigint {
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  expect(fraction.length).toBeLessThanOrEqual(10);
  const value = BigInt(whole) * S + BigInt(fraction.padEnd(10, '0'));
  return text.startsWith('-') ? -value : value;
}

/** An exact amount of dollars (or units): n / d. */
interface Q {
  readonly n: bigint;
  readonly d: bigint;
}
const q = (text: string): Q => ({ n: fixed(text), d: S });
const add = (a: Q, b: Q): Q => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
const neg = (a: Q): Q => ({ n: -a.n, d: a.d });

/** Half-up division of non-negative integers; ties away from zero for negatives. */
const halfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);
const nearest = (n: bigint, d: bigint): bigint => (n < 0n ? -halfUp(-n, d) : halfUp(n, d));

/** The text is the amount exactly, or (`rounded`) the amount to the nearest millionth. */
function expectAmount(text: string, a: Q, rounded: boolean) {
  if (rounded) expect(fixed(text)).toBe(nearest(a.n * 1_000_000n, a.d) * 10_000n);
  else expect(fixed(text) * a.d).toBe(a.n * S);
}

const CLIPS = [
  { model: 'kling-v3', duration: 5 },
  { model: 'kling-v3', mode: 'pro', duration: 10, resolution: '1080p', input: 'image', audio: true },
  { model: 'kling-v2-6', mode: 'pro', duration: 5, audio: true },
  { model: 'kling-video-o1', mode: 'pro', duration: 10, input: 'image' },
  { model: 'kling-v2-5-turbo', duration: 5.4 },
];
const SERVICES: Array<[string, number | undefined]> = [
  ['lip-sync', 12],
  ['lip-sync', 5],
  ['text-to-audio', 5],
  ['video-extension-pro', undefined],
  ['kolors-v1', undefined],
  ['virtual-try-on', undefined],
];
const PACKAGES = ['cheapest', 'cheapest', 'list', 'package-1', 'package-2', 'package-3', 'trial-1000'];

const line = fc.oneof(
  fc.record({ kind: fc.constant('clip'), at: fc.nat(CLIPS.length - 1), count: fc.nat(30_000) }),
  fc.record({ kind: fc.constant('service'), at: fc.nat(SERVICES.length - 1), count: fc.nat(5_000) }),
);
const estimate = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 5 }),
  months: fc.integer({ min: 1, max: 12 }),
  basisPoints: fc.integer({ min: 0, max: 10_000 }),
  pkg: fc.constantFrom(...PACKAGES),
});

const offered = packagesFor(shipped, 'kling-unit').map((o) => o.pkg);
const unitPrice = (id: string): Q => q(offered.find((p) => p.id === id)?.unitPriceUsd ?? 'none');

describe('random estimates, figure by figure', () => {
  it('agree with integer arithmetic and with brute force', () => {
    fc.assert(
      fc.property(estimate, ({ lines, months, basisPoints, pkg }) => {
        const file = estimateFile(
          lines.map((l, i) =>
            l.kind === 'clip'
              ? clip(`Clip ${i}`, l.count, CLIPS[l.at])
              : service(`Service ${i}`, SERVICES[l.at][0], l.count, SERVICES[l.at][1]),
          ),
          { months, discount_pct: String(basisPoints / 100), package: pkg },
        );
        const r = recordOf(file);
        const m: Q = { n: BigInt(months), d: 1n };
        const cheapest = pkg === 'cheapest';
        const used = fixed(r.units_used);
        // A Kling unit's price: the cheapest mix's packages_usd ÷ units used, exactly, or the package's.
        const price = cheapest ? (used === 0n ? q('0') : { n: fixed(r.packages_usd), d: used }) : unitPrice(pkg);
        let customer = q('0');
        let vendor = q('0');
        for (const l of r.lines) {
          let lineCustomer = q('0');
          if (l.internal_usd_per_month !== null) {
            // Cents after the discount: half-up, once, on the month's total.
            const cents = fixed(l.internal_usd_per_month) / 10n ** 8n;
            lineCustomer = { n: halfUp(cents * BigInt(10_000 - basisPoints), 10_000n), d: 100n };
            expectAmount(l.customer_usd_per_month ?? 'none', lineCustomer, false);
          }
          const packaged = l.vendor_priced_at === 'package';
          // Packaged: units × the unit price; otherwise the service's own price, exact.
          const lineVendor = packaged ? mul(q(l.vendor_units_per_month ?? '0'), price) : q(l.vendor_usd_per_month);
          const rounded = cheapest && packaged;
          expectAmount(l.vendor_usd_per_month, lineVendor, rounded);
          expectAmount(l.vendor_usd_per_period, mul(lineVendor, m), rounded);
          expectAmount(l.margin_usd_per_month, add(lineCustomer, neg(lineVendor)), rounded);
          customer = add(customer, lineCustomer);
          vendor = add(vendor, lineVendor);
        }
        expectAmount(r.month.customer_usd, customer, false);
        expectAmount(r.period.customer_usd, mul(customer, m), false);
        expectAmount(r.month.vendor_usd, vendor, cheapest);
        expectAmount(r.period.margin_usd, mul(add(customer, neg(vendor)), m), cheapest);
        // The packages: the cheapest for the packaged units, whatever the choice.
        const perMonth = r.lines
          .filter((l) => l.vendor_priced_at === 'package')
          .reduce((n, l) => n + fixed(l.vendor_units_per_month ?? '0') / 10n ** 8n, 0n);
        const best = bruteForcePackages(perMonth, months, offered);
        expect(fixed(r.packages_usd) / 10n ** 8n).toBe(best.cents);
        expect(fixed(r.units_bought) / 10n ** 8n).toBe(best.bought);
        expect(used / 10n ** 8n).toBe(perMonth * BigInt(months));
      }),
      { numRuns: 150 },
    );
  });
});
