import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from './quote-form-schema';
import { parseQuoteUrl, toQuoteSearch } from './quote-url';

describe('quote URL state', () => {
  it('round-trips every field', () => {
    const values = {
      model: 'kling-video-o1',
      mode: 'pro',
      duration: '7.5',
      resolution: '1080p',
      input: 'video',
      audio: true,
      vendor: 'seed-002-usd',
      package: 'package-2',
    } as const;
    const search = toQuoteSearch(values);
    expect(search).toBe(
      '?model=kling-video-o1&mode=pro&duration=7.5&resolution=1080p&input=video&audio=1' +
        '&vendor=seed-002-usd&package=package-2',
    );
    expect(parseQuoteUrl(search)).toEqual({ values, ignored: [] });
  });

  it('starts from defaults', () => {
    expect(parseQuoteUrl('')).toEqual({ values: DEFAULT_VALUES, ignored: [] });
  });

  it('drops each invalid parameter, names it, and keeps the rest', () => {
    const parsed = parseQuoteUrl(
      '?model=kling-v3&mode=ultra&duration=-5&resolution=8k&input=hologram&audio=maybe&colour=blue',
    );
    expect(parsed.values).toEqual({ ...DEFAULT_VALUES, model: 'kling-v3' });
    expect(parsed.ignored).toEqual([
      'mode ("ultra")',
      'duration ("-5")',
      'resolution ("8k")',
      'input ("hologram")',
      'audio ("maybe")',
      'colour',
    ]);
  });

  it('drops markup and oversized values without echoing them whole', () => {
    const parsed = parseQuoteUrl(
      `?model=${encodeURIComponent('<img src=x onerror=alert(1)>')}&duration=${'9'.repeat(500)}`,
    );
    expect(parsed.values.model).toBe(DEFAULT_VALUES.model);
    expect(parsed.ignored).toEqual(['model ("<img src=x onerror=alert(1)>")', 'duration (too long)']);
  });

  it('keeps the first of a repeated parameter', () => {
    expect(parseQuoteUrl('?duration=6&duration=7')).toEqual({
      values: { ...DEFAULT_VALUES, duration: '6' },
      ignored: ['duration ("7"), given twice: "6" is used'],
    });
  });

  it('accepts an unknown model name (priced with a warning later)', () => {
    expect(parseQuoteUrl('?model=some-future-model').values.model).toBe('some-future-model');
  });
});

describe('a repeated parameter in the link', () => {
  it('names the value that is used: the first valid one, or the default', () => {
    expect(parseQuoteUrl('?duration=8&duration=10').ignored).toEqual(['duration ("10"), given twice: "8" is used']);
    expect(parseQuoteUrl('?duration=8&duration=10').values.duration).toBe('8');
    const bad = parseQuoteUrl('?duration=abc&duration=10');
    expect(bad.values.duration).toBe(DEFAULT_VALUES.duration);
    expect(bad.ignored).toEqual([
      'duration ("abc")',
      `duration ("10"), given twice: "${DEFAULT_VALUES.duration}" is used`,
    ]);
  });
});
