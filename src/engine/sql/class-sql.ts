/**
 * Re-pricing each class of request once (decision 78 in SQL). Lines without a charge that
 * agree on the cards' span, the date, every field of the request and the duration as pricing
 * reads it (seconds billed, the vendor's nearest second, whole or not) price alike; their
 * records differ only in the line number and where the duration's own text is written. One
 * line of each class (its first) is priced, with a mark for that text; the others take its
 * columns with their own number and text put in. Lines with a charge or an error are priced
 * one by one, as before.
 */
import { DURATION_MARK } from '../pricing/duration-class';
import type { SqlDialect } from './sql-dialect';
import { jsNumber } from './sql-text';
import { PRICED_COLUMNS } from './record-sql';
import { BILLED_SECONDS } from './internal-price-sql';
import { VENDOR_ROUNDED_SECONDS } from './vendor-cost-sql';

const KEY = [
  ...['epoch', 'price_date', 'as_of', 'model', 'mode', 'resolution', 'input_type', 'input_type_reason', 'audio'],
  ...['k_billed', 'k_near', 'k_whole'],
];

/**
 * Columns of each line: the duration's text pricing writes (`dur_out`); by class, also whether the
 * line is priced by class, its own duration's text and its class's key.
 */
export function classColumns(d: SqlDialect, byClass: boolean): string {
  // Line by line, the duration's own text is all pricing needs.
  if (!byClass) return `${jsNumber(d, 'seconds_double')} AS dur_out`;
  const mark = d.string(DURATION_MARK);
  const noMark = `model NOT LIKE ${d.string(`%${DURATION_MARK}%`)}`;
  const cls = `(line_error IS NULL AND charged_text IS NULL AND units_text IS NULL AND ${noMark})`;
  return [
    `${cls} AS cls`,
    `CASE WHEN line_error IS NULL THEN ${jsNumber(d, 'seconds_double')} END AS dur_text`,
    `CASE WHEN ${cls} THEN ${mark} WHEN line_error IS NULL THEN ${jsNumber(d, 'seconds_double')} END AS dur_out`,
    // The class by what pricing reads of the duration (pricing/duration-class.ts), read as pricing reads it.
    `${BILLED_SECONDS} AS k_billed`,
    `${VENDOR_ROUNDED_SECONDS} AS k_near`,
    '(seconds_double = FLOOR(seconds_double)) AS k_whole',
  ].join(',\n    ');
}

/**
 * The CTEs after `rp_req` (every line, with `classColumns`): `rp_reps`, each class's first line,
 * and `rp_work`, the lines to price.
 */
export function classCtes(): Array<[string, string]> {
  return [
    ['rp_reps', `SELECT min(line) AS rep_line, ${KEY.join(', ')} FROM rp_req WHERE cls GROUP BY ${KEY.join(', ')}`],
    ['rp_work', 'SELECT * FROM rp_req WHERE NOT cls OR line IN (SELECT rep_line FROM rp_reps)'],
  ];
}

/** Lines looked at to judge whether classes repeat: enough to see it, few enough to cost little. */
const PROBE_LINES = 20_000;

/** Over the CTEs up to `rp_req`: how many lines by class, and how many classes, among the first lines. */
export function classProbe(withs: string): string {
  const sample = `SELECT * FROM rp_req WHERE cls LIMIT ${PROBE_LINES}`;
  return `WITH ${withs},\nrp_sample AS (${sample})
SELECT (SELECT count(*) FROM rp_sample) AS lines,
  (SELECT count(*) FROM (SELECT 1 FROM rp_sample GROUP BY ${KEY.join(', ')})) AS classes`;
}

const WITH_TEXT = new Set(['duration_seconds', 'error', 'vendor_unavailable', 'vendor_others', 'warnings']);

/**
 * The final SELECT over `rp_out` (the priced lines, `json` included): the lines priced one by
 * one as they are, and every line of a class from its class's line.
 */
export function classSelect(d: SqlDialect, order: string): string {
  const mark = d.string(DURATION_MARK);
  const own = [...PRICED_COLUMNS, 'json'].join(', ');
  const put = (c: string) => `replace(${c}, ${mark}, k.dur_text)`;
  const columns = PRICED_COLUMNS.map((c) =>
    c === 'line' ? 'k.line' : WITH_TEXT.has(c) ? `${put(`p.${c}`)} AS ${c}` : `p.${c}`,
  );
  const head = `CASE WHEN p.ok THEN '{"ok":true,"line":' ELSE '{"ok":false,"line":' END`;
  const tail = `substr(p.json, length(${head}) + length(CAST(p.line AS ${d.textType})) + 1)`;
  const json = `${head} || CAST(k.line AS ${d.textType}) || ${put(tail)} AS json`;
  const on = KEY.map((c) => `r.${c} = k.${c}`).join(' AND ');
  return `SELECT ${own} FROM rp_out WHERE NOT cls
UNION ALL
SELECT ${columns.join(', ')}, ${json}
FROM rp_req k JOIN rp_reps r ON ${on} JOIN rp_out p ON p.line = r.rep_line
WHERE k.cls${order}`;
}
