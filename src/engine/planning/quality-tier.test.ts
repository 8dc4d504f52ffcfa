import { describe, expect, it } from 'vitest';
import { qualityOf } from './quality-tier';

describe("seed 004's quality tiers", () => {
  it.each([
    ['kling-v1', 'pro', 3, 'Pro'],
    ['kling-v3', 'pro', 3, 'Pro'],
    ['kling-v1', 'std', 1, 'Standard'],
    ['kling-v1-6', 'std', 2, 'Enhanced'],
    ['kling-v3', 'std', 2, 'Enhanced'],
  ] as const)('%s %s is %s, %s', (model, mode, rank, name) => {
    expect(qualityOf(model, mode)).toEqual({ rank, name });
  });
});
