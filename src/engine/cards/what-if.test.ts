import { describe, expect, it } from 'vitest';
import { parseWhatIf, readWhatIfFactor, withWhatIfFor } from './what-if';

describe('reading mult=MODEL:FACTOR', () => {
  it('reads a model and its factor, trailing zeros trimmed', () => {
    expect(parseWhatIf(['kling-v3:1.5', 'kling-video-o1:2.0000'])).toEqual({
      factors: [
        { model: 'kling-v3', factor: '1.5', anyway: false },
        { model: 'kling-video-o1', factor: '2', anyway: false },
      ],
      errors: [],
    });
    expect(readWhatIfFactor('0.0001')).toEqual({ ok: true, factor: '0.0001' });
    expect(readWhatIfFactor('100')).toEqual({ ok: true, factor: '100' });
  });

  it('reads a model whose name holds a colon, and one confirmed for a model no card knows', () => {
    expect(parseWhatIf(['vendor:model-x:1.25', 'kling-v33:1.5:anyway'])).toEqual({
      factors: [
        { model: 'vendor:model-x', factor: '1.25', anyway: false },
        { model: 'kling-v33', factor: '1.5', anyway: true },
      ],
      errors: [],
    });
  });

  it('names each malformed value and says why', () => {
    const { factors, errors } = parseWhatIf([
      'kling-v3',
      'kling-v3:abc',
      'kling-v3:0',
      'kling-v3:100.01',
      'kling-v3:1.23456',
      'kling-v3:-1.5',
      ':1.5',
      'kling v3:1.5',
    ]);
    expect(factors).toEqual([]);
    const rule = 'the factor must be a positive decimal with up to 4 decimals, at most 100, such as 1.5';
    expect(errors).toEqual([
      'mult ("kling-v3") is not MODEL:FACTOR, such as kling-v3:1.5',
      `mult ("kling-v3:abc"): ${rule}`,
      'mult ("kling-v3:0"): the factor must be more than 0',
      'mult ("kling-v3:100.01"): the factor must be at most 100',
      `mult ("kling-v3:1.23456"): ${rule}`,
      `mult ("kling-v3:-1.5"): ${rule}`,
      'mult (":1.5"): the model name must not be empty',
      'mult ("kling v3:1.5"): the model name must use only letters, digits and . _ - : /',
    ]);
  });

  it('keeps the first factor of a model given twice, and reads at most 50', () => {
    expect(parseWhatIf(['kling-v3:1.5', 'kling-v3:2'])).toEqual({
      factors: [{ model: 'kling-v3', factor: '1.5', anyway: false }],
      errors: ['mult ("kling-v3:2"): kling-v3 is given twice, × 1.5 is used'],
    });
    const many = Array.from({ length: 52 }, (_, i) => `model-${i}:1.1`);
    const parsed = parseWhatIf(many);
    expect(parsed.factors).toHaveLength(50);
    expect(parsed.errors).toEqual(['mult: only the first 50 what-ifs are read, 2 more are ignored']);
  });

  it('clips a long value in its message', () => {
    const [error] = parseWhatIf([`${'x'.repeat(100)}:abc`]).errors;
    expect(error).toMatch(/^mult \("x{39}…"\): the factor must be/);
  });

  it('writes what it reads', () => {
    for (const text of ['kling-v3:1.5', 'kling-v33:0.25:anyway', 'a:b:3']) {
      const { factors, errors } = parseWhatIf([text]);
      expect(errors).toEqual([]);
      expect(withWhatIfFor([], factors[0].model, factors[0])).toEqual([text]);
    }
  });

  it("sets one model's what-if, leaving the others as written", () => {
    expect(withWhatIfFor(['a:1', 'b:2'], 'a', { model: 'a', factor: '3', anyway: false })).toEqual(['b:2', 'a:3']);
    expect(withWhatIfFor(['a:1', 'b:2', 'bad'], 'b', null)).toEqual(['a:1', 'bad']);
    expect(withWhatIfFor(['x:1.5:anyway'], 'x', { model: 'y', factor: '1.5', anyway: false })).toEqual(['y:1.5']);
  });
});
