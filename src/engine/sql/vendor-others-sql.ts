/**
 * The cards `quote` shows beside the chosen one (`vendor_others`, SPEC §3.1), in SQL: each is
 * priced by the same per-line rules as the chosen card (`vendor-cost-sql.ts`, with its columns
 * prefixed `x<slot>_`), then written as `quote-record.ts` writes a vendor answer. The
 * "sources disagree" warning compares them all.
 */
import type { SqlDialect } from './sql-dialect';
import type { PricedScales } from './priced-columns';
import { decimalText } from './sql-text';
import {
  chosenCard,
  otherCard,
  vendorAmountColumns,
  vendorReason,
  vendorSecondsColumns,
  vendorUsd,
  type Prefix,
} from './vendor-cost-sql';

const SLOT_COLUMNS = [
  ...['vendor_card', 'vendor_title', 'vendor_title_json', 'vendor_unit', 'unit_name', 'approximate', 'tier_by'],
  ...['package_id', 'unit_price', 'unit_price_text'],
];
const ROW_COLUMNS = [
  ...['basis', 'label', 'offer_words', 'offer_words_json', 'offer_min', 'offer_max', 'rates_offered', 'floor_units'],
  ...['r_480p', 'r_720p', 'r_1080p', 'r_4k'],
];

const slotsOf = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/** SELECT items and joins that bring each other card's settings and row to the line (`rp_joined`). */
export function otherJoins(count: number, offerSlots: number): { select: string; joins: string } {
  const offers = slotsOf(offerSlots).flatMap((i) => [`o${i}`, `c${i}`]);
  const select = slotsOf(count).flatMap((k) => {
    const p = otherCard(k);
    return [
      ...SLOT_COLUMNS.map((c) => `s${k}.${c} AS ${p(c)}`),
      `x${k}.epoch AS ${p('v_epoch')}`,
      `x${k}.reason AS ${p('v_reason')}`,
      ...[...ROW_COLUMNS, ...offers].map((c) => `x${k}.${c} AS ${p(c)}`),
    ];
  });
  const joins = slotsOf(count).map(
    (k) => `LEFT JOIN rp_slots s${k} ON s${k}.epoch = r.epoch AND s${k}.slot = ${k}
  LEFT JOIN rp_vendor x${k} ON x${k}.epoch = r.epoch AND x${k}.slot = ${k} AND x${k}.model = r.model
    AND x${k}.mode = r.mode AND x${k}.input_type = r.input_type AND x${k}.audio = r.audio`,
  );
  return { select: select.length > 0 ? `,\n    ${select.join(', ')}` : '', joins: joins.join('\n  ') };
}

const items = (list: string[]) => (list.length > 0 ? `,\n    ${list.join(',\n    ')}` : '');

/** The other cards' seconds and tier (`rp_clamped`). */
export const otherSeconds = (d: SqlDialect, count: number, offerSlots: number) =>
  items(slotsOf(count).map((k) => vendorSecondsColumns(d, offerSlots, otherCard(k))));

/** The other cards' amounts (`rp_vendor_amounts`). */
export const otherAmounts = (d: SqlDialect, count: number, offerSlots: number, scale: number) =>
  items(slotsOf(count).map((k) => vendorAmountColumns(d, offerSlots, scale, otherCard(k))));

/** The other cards' reasons and USD (`rp_vendor_priced`). */
export const otherPriced = (d: SqlDialect, count: number, scale: number) =>
  items(
    slotsOf(count).flatMap((k) => {
      const p = otherCard(k);
      return [`${vendorReason(d, p)} AS ${p('vendor_why')}`, `${vendorUsd(d, scale, p)} AS ${p('vendor_usd_exact')}`];
    }),
  );

/** Whether a card's answer is a price (a slot with no card is not). */
const pricedBy = (p: Prefix) => `(${p('vendor_card')} IS NOT NULL AND ${p('vendor_why')} IS NULL)`;
const usdText = (d: SqlDialect, p: Prefix, s: PricedScales) => decimalText(d, p('vendor_usd_exact'), 2, s.vendor);

/** One card's answer as `vendorRecord` writes it. */
function vendorJson(d: SqlDialect, p: Prefix, s: PricedScales): string {
  const inUnits = `${p('vendor_unit')} <> 'usd'`;
  const units = decimalText(d, p('vendor_amount'), 0, s.vendorAmount);
  const priced = [
    `'{"card":"' || ${p('vendor_card')} || '"'`,
    `CASE WHEN ${inUnits} THEN ',"units":"' || ${units} || '"' ELSE '' END`,
    `',"usd":"' || ${usdText(d, p, s)} || '","billed_seconds":' || CAST(${p('vendor_seconds')} AS ${d.textType})`,
    `CASE WHEN ${p('vendor_tier')} IS NOT NULL THEN ',"tier":"' || ${p('vendor_tier')} || '"' ELSE '' END`,
    `CASE WHEN ${inUnits} THEN ',"package":"' || ${p('package_id')} || '","unit_price_usd":"' ||
      ${p('unit_price_text')} || '"' ELSE '' END`,
    `CASE WHEN ${p('approximate')} THEN ',"approximate":true' ELSE '' END || '}'`,
  ];
  const why = d.jsonString(p('vendor_why'));
  const unavailable = `'{"card":"' || ${p('vendor_card')} || '","unavailable":' || ${why} || '}'`;
  return `CASE WHEN ${p('vendor_why')} IS NULL THEN ${d.concat(priced)} ELSE ${unavailable} END`;
}

/** `vendor_others`: the JSON list of the other cards' answers. */
export function vendorOthersJson(d: SqlDialect, count: number, s: PricedScales): string {
  if (count === 0) return `'[]'`;
  const entries = slotsOf(count).map((k) => {
    const p = otherCard(k);
    return `CASE WHEN ${p('vendor_card')} IS NOT NULL THEN ',' || ${vendorJson(d, p, s)} ELSE '' END`;
  });
  return `'[' || substr(${d.concat(entries)}, 2) || ']'`;
}

/**
 * `sourcesDisagree` of quote-vendor.ts: when the priced cards give more than one amount, the
 * message (as JSON string content) listing them in the cards' order, the used one marked; else NULL.
 */
export function sourcesDisagreeMessage(d: SqlDialect, count: number, s: PricedScales): string {
  const all: Prefix[] = [chosenCard, ...slotsOf(count).map(otherCard)];
  const pairs: string[] = [];
  all.forEach((a, i) =>
    all.slice(i + 1).forEach((b) => {
      pairs.push(`(${pricedBy(a)} AND ${pricedBy(b)} AND ${a('vendor_usd_exact')} <> ${b('vendor_usd_exact')})`);
    }),
  );
  if (pairs.length === 0) return `CAST(NULL AS ${d.textType})`;
  const entry = (p: Prefix, used: boolean) =>
    `CASE WHEN ${pricedBy(p)} THEN '; ' || ${p('vendor_title_json')} || ' $' || ${usdText(d, p, s)}` +
    `${used ? ` || ' (used)'` : ''} ELSE '' END`;
  // Position i of the shown cards: the chosen card where it stands, the others in order around it.
  const positions = slotsOf(count + 1).map((n) => {
    const i = n - 1;
    const after = n <= count ? entry(otherCard(n), false) : `''`;
    const before = i >= 1 ? entry(otherCard(i), false) : `''`;
    return `CASE WHEN chosen_pos = ${i} THEN ${entry(chosenCard, true)}
      WHEN chosen_pos >= 0 AND chosen_pos < ${i} THEN ${before} ELSE ${after} END`;
  });
  const list = `substr(${d.concat(positions)}, 3)`;
  return `CASE WHEN ${pairs.join(' OR ')} THEN 'Sources disagree on the vendor cost: ' || ${list} || '.' END`;
}
