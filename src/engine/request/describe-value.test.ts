import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
};

describe('describeValue', () => {
  it('shows a value as short JSON', () => {
    expect(describeValue(-5)).toBe('-5');
    expect(describeValue('ten')).toBe('"ten"');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(58)}…`);
    expect(describeValue(nested(60))).toBe(`${'['.repeat(59)}…`);
  });

  it('names a value nested past 64 levels, whatever the stack left (the same answer in any thread)', () => {
    expect(describeValue(nested(66))).toBe('a deeply nested list');
    expect(describeValue(nested(100_000))).toBe('a deeply nested list');
    expect(describeValue({ a: nested(100) })).toBe('a deeply nested value');
  });

  it('names a cyclic value without looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    cyclic.again = cyclic;
    expect(describeValue(cyclic)).toBe('a deeply nested value');
  });
});
