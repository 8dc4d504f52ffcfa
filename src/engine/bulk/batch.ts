/**
 * Pricing many envelopes (a file, SPEC §4.3): one row at a time, exact totals overall, by
 * model and by input type, kept as running sums so that memory does not grow with the rows.
 */
import { parseEnvelopeInBulk } from './envelope-fast';
import { minus, plus, toDecimalString, usd, type Money } from '../money/money';
import { quote, type Quote, type QuoteOptions } from '../pricing/quote';
import type { CardSet } from '../cards/card-set';

export interface GroupTotals {
  readonly rows: number;
  readonly internalUsd: string;
  readonly vendorUsd: string;
  readonly marginUsd: string;
  /** Rows whose vendor cost is unavailable: in the internal total, not in vendor or margin. */
  readonly vendorUnavailable: number;
}

export interface BatchTotals extends GroupTotals {
  readonly failed: number;
  readonly byModel: Readonly<Record<string, GroupTotals>>;
  readonly byInputType: Readonly<Record<string, GroupTotals>>;
}

export type RowOutcome =
  | { readonly ok: true; readonly row: number; readonly quote: Quote; readonly durationSeconds: number }
  | { readonly ok: false; readonly row: number; readonly error: string };

/** Running sums of a group of rows: exact, and the same size whatever the number of rows. */
interface Group {
  rows: number;
  vendorUnavailable: number;
  internal: Money;
  vendor: Money;
  /** The internal price of the rows that have a vendor cost: the margin is taken over those. */
  pricedInternal: Money;
}

const emptyGroup = (): Group => ({
  rows: 0,
  vendorUnavailable: 0,
  internal: usd('0'),
  vendor: usd('0'),
  pricedInternal: usd('0'),
});

function addTo(group: Group, q: Quote) {
  const charged = q.internal.charged.amount;
  const used = q.vendor.used;
  group.rows += 1;
  group.internal = plus(group.internal, charged);
  if (used.status === 'priced') {
    group.vendor = plus(group.vendor, used.amount);
    group.pricedInternal = plus(group.pricedInternal, charged);
  } else group.vendorUnavailable += 1;
}

function finish(group: Group): GroupTotals {
  return {
    rows: group.rows,
    internalUsd: toDecimalString(group.internal, 2),
    vendorUsd: toDecimalString(group.vendor, 2),
    marginUsd: toDecimalString(minus(group.pricedInternal, group.vendor), 2),
    vendorUnavailable: group.vendorUnavailable,
  };
}

export function createBatch(set: CardSet, options: QuoteOptions = {}) {
  const all = emptyGroup();
  const byModel = new Map<string, Group>();
  const byInput = new Map<string, Group>();
  let failed = 0;
  return {
    /** Prices one envelope (already parsed from its line or CSV row). */
    add(envelope: unknown, row: number): RowOutcome {
      const parsed = parseEnvelopeInBulk(envelope);
      if (!parsed.ok) {
        failed += 1;
        return { ok: false, row, error: parsed.error };
      }
      const r = parsed.request;
      const result = quote(r, set, options);
      if (!result.ok) {
        failed += 1;
        return { ok: false, row, error: result.error };
      }
      const q = result.quote;
      addTo(all, q);
      for (const [map, name] of [
        [byModel, r.model],
        [byInput, r.inputType],
      ] as const) {
        let group = map.get(name);
        if (!group) map.set(name, (group = emptyGroup()));
        addTo(group, q);
      }
      return { ok: true, row, quote: q, durationSeconds: r.durationSeconds };
    },
    /** A failure found before the envelope (bad JSON, a bad CSV row). */
    fail(row: number, error: string): RowOutcome {
      failed += 1;
      return { ok: false, row, error };
    },
    totals(): BatchTotals {
      const groups = (map: Map<string, Group>) =>
        Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => [k, finish(g)]));
      return { ...finish(all), failed, byModel: groups(byModel), byInputType: groups(byInput) };
    },
  };
}

/** The priced-rows CSV columns, and one row's cells. */
export const BATCH_CSV_HEADER = [
  'row',
  'ok',
  'duration_seconds',
  'model',
  'mode',
  'resolution',
  'input_type',
  'audio',
  'internal_usd',
  'internal_usd_at_requested_resolution',
  'vendor_card',
  'vendor_units',
  'vendor_usd',
  'margin_usd',
  'error',
];

/** A CSV cell: quoted when it must be, and defused when a spreadsheet would run it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The part of a priced row that depends on its quote only. */
function tailOf(q: Quote): string {
  const used = q.vendor.used;
  return [
    q.request.model,
    q.request.mode,
    q.request.resolution,
    q.request.inputType,
    q.request.audio ? 'true' : 'false',
    q.internal.charged.usd,
    q.internal.atRequested.usd,
    `${used.card.id}@${used.card.version}`,
    used.status === 'priced' ? (used.units ?? '') : '',
    used.status === 'priced' ? used.usd : 'unavailable',
    q.margin?.usd ?? '',
    '',
  ]
    .map(csvCell)
    .join(',');
}

/** One row of the priced-rows CSV, with its line ending. */
export function batchCsvLine(outcome: RowOutcome): string {
  if (!outcome.ok) return `${outcome.row},false,,,,,,,,,,,,,${csvCell(outcome.error)}\r\n`;
  return `${outcome.row},true,${outcome.durationSeconds},${tailOf(outcome.quote)}\r\n`;
}
