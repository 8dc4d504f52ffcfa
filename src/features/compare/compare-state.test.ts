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

  it('keeps the figure on the chart and the lines switched off', () => {
    const scenario = { ...PRESETS[0].scenario, metric: 'margin' as const };
    const configs = scenario.configs.map((c, i) => (i === 1 ? { ...c, hidden: true } : c));
    const search = toCompareSearch({ ...scenario, configs });
    expect(new URLSearchParams(search).getAll('c')[1]).toMatch(/^label=3\.0%2C\+published\+USD\+rates&line=off&/);
    expect(parseCompareUrl(search)).toEqual({ scenario: { ...scenario, configs }, ignored: [] });
  });

  it('drops an unknown figure or line setting, and names it', () => {
    const config = encodeURIComponent('label=Mine&line=maybe&model=kling-v3');
    const { scenario, ignored } = parseCompareUrl(`?c=${config}&metric=profit`);
    expect(scenario.metric).toBe('internal');
    expect(scenario.configs[0].hidden).toBeUndefined();
    expect(ignored).toEqual(['configuration 1: line ("maybe")', 'metric ("profit")']);
  });

  it('starts the official card at list price, as the Quote screen does', () => {
    const official = PRESETS[0].scenario.configs.filter((c) => c.values.vendor === DEFAULT_VALUES.vendor);
    expect(official.map((c) => c.values.package)).toEqual(['list', 'list']);
  });

  it('refuses a minimum above the maximum', () => {
    const { scenario, ignored } = parseCompareUrl('?min=5000&max=100');
    expect([scenario.minVolume, scenario.maxVolume]).toEqual([100, 1000]);
    expect(ignored).toContain('min/max (min must be below max)');
  });
});
