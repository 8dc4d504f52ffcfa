import { describe, expect, it } from 'vitest';
import { seriesColorVars, seriesStyle } from './series-style';

/** WCAG 2 relative luminance of an sRGB colour "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// The panel (white / slate-900) and the page (slate-50 / slate-950) behind the chart and its toggles.
const LIGHT_BACKGROUNDS = ['#ffffff', '#f8fafc'];
const DARK_BACKGROUNDS = ['#0f172a', '#020617'];

describe('the colours of the chart lines', () => {
  it('reach 3:1 against every background they sit on, light and dark', () => {
    // Read from what the chart is given: `light-dark(<light>, <dark>)` for each line.
    const colors = Object.values(seriesColorVars()).map((value) => {
      const match = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(value);
      if (!match) throw new Error(`not light-dark(#rrggbb, #rrggbb): ${value}`);
      return { light: match[1], dark: match[2] };
    });
    expect(colors).toHaveLength(6);
    for (const c of colors) {
      for (const bg of LIGHT_BACKGROUNDS)
        expect([c.light, bg, contrast(c.light, bg) >= 3]).toEqual([c.light, bg, true]);
      for (const bg of DARK_BACKGROUNDS) expect([c.dark, bg, contrast(c.dark, bg) >= 3]).toEqual([c.dark, bg, true]);
    }
  });

  it('checks contrast right: black on white is 21:1, a mid grey fails', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#999999', '#ffffff')).toBeLessThan(3);
  });

  it('gives each of six configurations its own colour and dash, and starts over after six', () => {
    const styles = [0, 1, 2, 3, 4, 5].map(seriesStyle);
    expect(new Set(styles.map((s) => s.color)).size).toBe(6);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(6);
    expect(seriesStyle(6)).toEqual(seriesStyle(0));
    expect(seriesColorVars()['--series-0']).toBe('light-dark(#1d4ed8, #60a5fa)');
  });
});
