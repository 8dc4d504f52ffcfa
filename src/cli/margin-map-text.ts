/** A margin map as text for a terminal: a table per model, marked against the target, then the multipliers needed. */
import { packagesFor, type CardSet, type MarginCell, type MarginMap, type ModelMargin } from '../engine';
import { formatUsd, formatUsdExact } from '../lib/format-money';

type Row = readonly string[];

const HEAD: Row = ['Mode', 'Resolution', 'Input', 'Audio', 'Our price', 'Vendor', 'Margin', 'Margin %', ''];
/** The columns padded to the left (words); the others are numbers, padded to the right. */
const WORDS = new Set([0, 1, 2, 3, 8]);

function table(rows: readonly Row[]): string[] {
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const pad = (cell: string, c: number) => (WORDS.has(c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c]));
  return rows.map((r) => `    ${r.map(pad).join('  ')}`.trimEnd());
}

const STANDING_WORDS: Record<MarginCell['standing'], string> = { ok: '', 'below-target': 'below target', loss: 'loss' };

function cellRow(c: MarginCell): Row {
  return [
    c.mode,
    c.resolution,
    c.input,
    c.audio ? 'yes' : 'no',
    formatUsd(c.internalUsd),
    formatUsdExact(c.vendorUsd),
    formatUsdExact(c.marginUsd),
    c.marginPct === null ? '—' : `${c.marginPct}%`,
    STANDING_WORDS[c.standing],
  ];
}

const title = (m: ModelMargin) => (m.name === m.model ? m.model : `${m.name} · ${m.model}`);

function modelLines(map: MarginMap, m: ModelMargin): string[] {
  const cells = map.cells.filter((c) => c.model === m.model);
  const below = cells.filter((c) => c.standing !== 'ok').length;
  const summary = cells.length === 0 ? '' : `, ${below} of ${cells.length} cells under the target`;
  const head = `  ${title(m)} (multiplier ${m.multiplier}${summary})`;
  if (cells.length === 0) return [head, `    ${m.reason ?? 'no cell is shown'}`];
  return [head, ...table([HEAD, ...cells.map(cellRow)])];
}

function neededLines(map: MarginMap): string[] {
  const names = map.models.map(title);
  const width = Math.max(...names.map((n) => n.length));
  return map.models.map((m, i) => {
    const shown = map.cells.some((c) => c.model === m.model);
    const none = shown ? `none: ${m.reason}` : 'none (no cell shown)';
    const needed = m.multiplierNeeded === null ? none : `${m.multiplier} → ${m.multiplierNeeded}`;
    return `  ${names[i].padEnd(width)}  ${needed}`;
  });
}

/** The package's label ("List price ($0.14 a unit)"), or its id when no loaded card sells it. */
function packageLabel(set: CardSet, id: string): string {
  return packagesFor(set, 'kling-unit').find((o) => o.pkg.id === id)?.pkg.label ?? id;
}

export function formatMarginMapText(map: MarginMap, set: CardSet): string {
  const lines = [
    `Margin map: ${map.durationSeconds} s, vendor cost at ${packageLabel(set, map.packageId)}, ` +
      `target ${map.targetPct}% margin`,
    `${map.asOf ? `as of ${map.asOf} (UTC), ` : ''}cards ${map.cards.join(', ')}`,
    '',
    ...map.models.flatMap((m) => [...modelLines(map, m), '']),
    `Multiplier needed for a ${map.targetPct}% margin on every cell shown`,
    ...neededLines(map),
  ];
  return `${lines.join('\n')}\n`;
}
