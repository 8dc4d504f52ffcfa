/** Whole clip volumes between min and max for a chart: evenly spaced, or evenly on a log scale. */
export function volumePoints(min: number, max: number, scale: 'linear' | 'log', count = 40): number[] {
  const points = new Set<number>([min, max]);
  for (let i = 1; i < count - 1; i += 1) {
    const t = i / (count - 1);
    const v = scale === 'log' ? min * (max / min) ** t : min + (max - min) * t;
    points.add(Math.min(max, Math.max(min, Math.round(v))));
  }
  return [...points].sort((a, b) => a - b);
}
