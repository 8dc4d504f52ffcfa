import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../../components/request-form/quote-form-schema';
import { parseCompareUrl, toCompareSearch } from './compare-state';
import { PRESETS } from './presets';

describe('the Compare scenario in the URL', () => {
  it('round-trips every preset exactly', () => {
    for (const preset of PRESETS) {
      const search = toCompareSearch(preset.scenario);
      expect(parseCompareUrl(search)).toEqual({ scenario: preset.scenario, ignored: [] });
    }
  });

  it('starts from the first preset', () => {
    expect(parseCompareUrl('').scenario).toEqual(PRESETS[0].scenario);
  });

  it('drops what is invalid, names it, and keeps the rest', () => {
    const config = encodeURIComponent('label=Mine&model=kling-v3&duration=-1');
    const { scenario, ignored } = parseCompareUrl(
      `?c=${config}&min=0&max=2000000&scale=cubic&accept=0&fail=abc&at=5,x`,
    );
    expect(scenario.configs).toEqual([{ label: 'Mine', values: { ...DEFAULT_VALUES, model: 'kling-v3' } }]);
    expect(scenario.scale).toBe('linear');
    expect(scenario.assumptions.acceptancePct).toBe('100');
    expect(ignored).toEqual([
      'configuration 1: duration ("-1")',
      'min ("0")',
      'max ("2000000")',
      'accept ("0")',
      'fail ("abc")',
      'at ("5,x")',
      'scale ("cubic")',
    ]);
  });

  it('refuses a minimum above the maximum', () => {
    const { scenario, ignored } = parseCompareUrl('?min=5000&max=100');
    expect([scenario.minVolume, scenario.maxVolume]).toEqual([100, 1000]);
    expect(ignored).toContain('min/max (min must be below max)');
  });
});
