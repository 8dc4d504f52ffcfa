import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('the edit distance', () => {
  it('counts insertions, deletions and substitutions, one each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
