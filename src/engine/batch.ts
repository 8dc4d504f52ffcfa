/**
 * Pricing many envelopes (a file, SPEC §4.3): one row at a time, exact totals overall, by
 * model and by input type. Identical requests share one quote (bounded memo).
 */
import { parseEnvelope } from './envelope';
import { minus, plus, toDecimalString, usd, type Money } from './money';
import { quote, type Quote, type QuoteOptions } from './quote';
import type { CardSet } from './card-set';
import { durationKey } from './vendor-duration';

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

interface Group {
  rows: number;
  internal: Money;
  vendor: Money;
  margin: Money;
  vendorUnavailable: number;
}

const newGroup = (): Group => ({ rows: 0, internal: usd('0'), vendor: usd('0'), margin: usd('0'), vendorUnavailable: 0 });

function addTo(group: Group, q: Quote) {
  group.rows += 1;
  group.internal = plus(group.internal, q.internal.charged.amount);
  const used = q.vendor.used;
  if (used.status === 'priced') {
    group.vendor = plus(group.vendor, used.amount);
    group.margin = plus(group.margin, minus(q.internal.charged.amount, used.amount));
  } else {
    group.vendorUnavailable += 1;
  }
}

function finish(group: Group): GroupTotals {
  return {
    rows: group.rows,
    internalUsd: toDecimalString(group.internal, 2),
    vendorUsd: toDecimalString(group.vendor, 2),
    marginUsd: toDecimalString(group.margin, 2),
    vendorUnavailable: group.vendorUnavailable,
  };
}

export function createBatch(set: CardSet, options: QuoteOptions = {}) {
  const memo = new Map<string, Quote>();
  const all = newGroup();
  const byModel = new Map<string, Group>();
  const byInput = new Map<string, Group>();
  let failed = 0;
  return {
    /** Prices one envelope (already parsed from its line or CSV row). */
    add(envelope: unknown, row: number): RowOutcome {
      const parsed = parseEnvelope(envelope);
      if (!parsed.ok) {
        failed += 1;
        return { ok: false, row, error: parsed.error };
      }
      const r = parsed.request;
      const key = `${r.model}|${r.mode}|${durationKey(r.durationSeconds)}|${r.resolution}|${r.inputType}|${r.audio}`;
      let q = memo.get(key);
      if (!q) {
        const result = quote(r, set, options);
        if (!result.ok) {
          failed += 1;
          return { ok: false, row, error: result.error };
        }
        q = result.quote;
        if (memo.size >= 20_000) memo.clear();
        memo.set(key, q);
      }
      addTo(all, q);
      for (const [map, name] of [[byModel, r.model], [byInput, r.inputType]] as const) {
        let group = map.get(name);
        if (!group) map.set(name, (group = newGroup()));
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
      const groups = (map: Map<string, Group>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => [k, finish(g)]));
      return { ...finish(all), failed, byModel: groups(byModel), byInputType: groups(byInput) };
    },
  };
}

/** The priced-rows CSV columns, and one row's cells. */
export const BATCH_CSV_HEADER = ['row', 'ok', 'model', 'mode', 'duration_seconds', 'resolution', 'input_type', 'audio', 'internal_usd', 'internal_usd_at_requested_resolution', 'vendor_card', 'vendor_units', 'vendor_usd', 'margin_usd', 'error'];

export function batchCsvCells(outcome: RowOutcome): Array<string | number> {
  if (!outcome.ok) return [outcome.row, 'false', '', '', '', '', '', '', '', '', '', '', '', '', outcome.error];
  const q = outcome.quote;
  const used = q.vendor.used;
  return [
    outcome.row,
    'true',
    q.request.model,
    q.request.mode,
    outcome.durationSeconds,
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
  ];
}
