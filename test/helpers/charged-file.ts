/**
 * A month of charges for the fixture cards of `card-versions.ts` (internal@2026-11-21: std
 * $0.05/s, pro $0.12/s; internal@2026-12-01: std $0.06/s, pro $0.14/s): fifty rows, forty-six
 * charged right on the card in force on their date, four wrong. Rows without created_at are
 * meant to be priced as of `CHARGES_AS_OF`, on the second card.
 */
export const CHARGES_AS_OF = '2026-12-15';

type Row = Readonly<Record<string, string>>;

/** Clips with their prices on the old and the new card, worked by hand (SPEC §2: billed at 720p). */
const CLIPS: ReadonlyArray<[Row, string, string]> = [
  [{ model_name: 'kling-v3', mode: 'std', duration: '5', resolution: '720p', input_type: 'text' }, '0.33', '0.39'],
  [{ model_name: 'kling-v3', mode: 'pro', duration: '10', resolution: '1080p', input_type: 'image' }, '1.56', '1.82'],
  [{ model_name: 'kling-v2-6', mode: 'std', duration: '5', resolution: '720p', input_type: 'text' }, '0.25', '0.30'],
  [
    { model_name: 'kling-video-o1', mode: 'pro', duration: '8', resolution: '720p', input_type: 'video' },
    '2.16',
    '2.52',
  ],
  [
    { model_name: 'kling-v2-6', mode: 'pro', duration: '10', resolution: '720p', input_type: 'multi-image' },
    '1.38',
    '1.61',
  ],
];

/** created_at, and whether it falls under the old card: none, ISO 8601, epoch milliseconds, a date. */
const DATES: ReadonlyArray<[string, boolean]> = [
  ['', false],
  ['2026-11-25T09:30:00Z', true],
  ['1795867200000', true], // 2026-11-28T12:00:00Z
  ['2026-12-03', false],
];

/** The four wrong rows, by row number. */
const WRONG: Readonly<Record<number, Row>> = {
  // Charged at the requested 1080p: 5 × 0.06 × 1.5 × 1.3 = 0.585 → $0.59, not $0.39.
  7: { ...CLIPS[0][0], resolution: '1080p', created_at: '', charged_usd: '0.59' },
  // 3 × 0.06 × 1.25 = 0.225 exactly → $0.23; as doubles it is just under, and Math.round gives $0.22.
  19: { ...CLIPS[2][0], duration: '3', input_type: 'video', created_at: '2026-12-03', charged_usd: '0.22' },
  // Created after the change, charged on the old card.
  33: { ...CLIPS[0][0], created_at: '2026-12-05T10:00:00Z', charged_usd: '0.33' },
  46: { ...CLIPS[2][0], created_at: '', charged_usd: '0.77' },
};

/**
 * The four wrong rows: their number, the code of the cause named, and the words it starts
 * with (another variant that gives the same amount may be listed after them, "(so does …)").
 */
export const WRONG_ROW_CAUSES: ReadonlyArray<readonly [number, string | null, string]> = [
  [7, 'resolution-honored', 'the 720p rule not applied: charged at the requested 1080p gives $0.59'],
  [19, 'floating-point', 'binary floating point: Math.round(x * 100) / 100 on doubles gives $0.22'],
  [33, 'card-version', 'another card version: internal@2026-11-21 gives $0.33'],
  [46, null, 'no known rule gives $0.77'],
];

/** Sums over the fifty rows (checked with Python's Decimal): differences +0.20, −0.01, −0.06 and +0.47. */
export const CHARGED_TOTAL = '58.85';
export const EXPECTED_TOTAL = '58.25';

export function fiftyChargedRows(): Row[] {
  return Array.from({ length: 50 }, (_, i) => {
    const wrong = WRONG[i + 1];
    if (wrong) return wrong;
    const [clip, old, next] = CLIPS[i % CLIPS.length];
    const [created_at, onOld] = DATES[Math.floor(i / CLIPS.length) % DATES.length];
    return { ...clip, created_at, charged_usd: onOld ? old : next };
  });
}

const COLUMNS = ['model_name', 'mode', 'duration', 'resolution', 'input_type', 'created_at', 'charged_usd'];

/** The fifty rows as a CSV file's text. */
export function fiftyChargedRowsCsv(): string {
  const rows = fiftyChargedRows().map((row) => COLUMNS.map((c) => row[c]).join(','));
  return `${[COLUMNS.join(','), ...rows].join('\n')}\n`;
}
