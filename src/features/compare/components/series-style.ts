/**
 * How each configuration's line looks, the same on the chart and in its toggle: a colour for
 * light and one for dark (each at least 3:1 against the panel and the page, WCAG 1.4.11), and a
 * dash pattern, so that lines differ by more than colour.
 */
const SERIES_COLORS = [
  { light: '#1d4ed8', dark: '#60a5fa' },
  { light: '#b45309', dark: '#fbbf24' },
  { light: '#047857', dark: '#34d399' },
  { light: '#7e22ce', dark: '#d8b4fe' },
  { light: '#be123c', dark: '#fb7185' },
  { light: '#0e7490', dark: '#22d3ee' },
] as const;

const DASHES = [undefined, '8 4', '2 3', '12 4 2 4', '4 4', '1 5'] as const;

export interface SeriesStyle {
  /** A CSS colour that follows the colour scheme (`var(--series-N)`, set by `seriesColorVars`). */
  readonly color: string;
  readonly dash: string | undefined;
}

export function seriesStyle(index: number): SeriesStyle {
  const i = index % SERIES_COLORS.length;
  return { color: `var(--series-${i})`, dash: DASHES[i] };
}

/** The custom properties `seriesStyle` reads, for the element around the chart and its toggles. */
export function seriesColorVars(): Record<string, string> {
  return Object.fromEntries(SERIES_COLORS.map((c, i) => [`--series-${i}`, `light-dark(${c.light}, ${c.dark})`]));
}
