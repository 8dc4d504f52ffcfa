import { describe, expect, it } from 'vitest';
import { usd } from '../money/money';
import { leastPriceCents } from './least-price';

describe('leastPriceCents', () => {
  it.each([
    ['0.70', '30', 100n],
    ['0.7', '0', 70n],
    ['0.70', '12.5', 80n],
    ['4.20', '30', 600n],
    ['1.344', '30', 192n],
    ['1.3441', '30', 193n],
    ['0', '50', 0n],
    ['1', '99.99', 1_000_000n],
  ])('the least price whose margin over $%s is %s %% is %s cents', (vendor, target, cents) => {
    expect(leastPriceCents(usd(vendor), target)).toBe(cents);
  });
});
