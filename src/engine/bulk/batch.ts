/**
 * Pricing many envelopes (a file, SPEC §4.3): one row at a time, exact totals overall, by
 * model and by input type, kept as running sums so that memory does not grow with the rows.
 * A row that carries `created_at` is priced on the cards in force on its date, the others as
 * of the batch's date; a row that carries what was charged is checked against it (SPEC §8).
 */
import { parseEnvelopeInBulk } from './envelope-fast';
import { createChargeTotals, toChargeRow, type ChargeRow, type ChargeTotals } from './charge-totals';
import { minus, plus, toDecimalString, usd, type Money } from '../money/money';
import { checkCharge } from '../pricing/charge-check';
import { quote, type Quote, type QuoteOptions } from '../pricing/quote';
import { readChargeFields } from '../request/charge-fields';
import { cardTimeline } from '../cards/card-timeline';
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
  /** What the rows say was charged, against what their cards give. */
  readonly charges: ChargeTotals;
}

export type RowOutcome =
  | {
      readonly ok: true;
      readonly row: number;
      readonly quote: Quote;
      readonly durationSeconds: number;
      /** The check of what the row says was charged; null when it carried no amount. */
      readonly charge: ChargeRow | null;
    }
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

/**
 * A batch priced as of `asOf` (YYYY-MM-DD) for rows without `created_at`; without it, on
 * `set` as it is (its own date).
 */
export function createBatch(set: CardSet, options: QuoteOptions = {}, asOf: string | null = null) {
  // Built on the first row that needs another date: a file without dates never builds it.
  let timeline: ((date: string) => CardSet) | null = null;
  const onDate = (date: string) => (timeline ??= cardTimeline(set))(date);
  const byDefault = asOf === null || asOf === set.asOf ? set : onDate(asOf);
  const charges = createChargeTotals();
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
      // Only an object parses as an envelope; most rows carry none of the charge fields.
      const read = readChargeFields(envelope as Record<string, unknown>);
      if (!read.ok) {
        failed += 1;
        return { ok: false, row, error: read.error };
      }
      const createdAt = read.charge?.createdAt ?? null;
      const cards = createdAt ? onDate(createdAt.date) : byDefault;
      const result = quote(r, cards, options);
      if (!result.ok) {
        failed += 1;
        return { ok: false, row, error: result.error };
      }
      const q = result.quote;
      const check = read.charge ? checkCharge(q, read.charge, cards) : null;
      const charge = read.charge && check ? toChargeRow(row, q, read.charge, check) : null;
      if (charge) charges.add(charge);
      addTo(all, q);
      for (const [map, name] of [
        [byModel, r.model],
        [byInput, r.inputType],
      ] as const) {
        let group = map.get(name);
        if (!group) map.set(name, (group = emptyGroup()));
        addTo(group, q);
      }
      return { ok: true, row, quote: q, durationSeconds: r.durationSeconds, charge };
    },
    /** A failure found before the envelope (bad JSON, a bad CSV row). */
    fail(row: number, error: string): RowOutcome {
      failed += 1;
      return { ok: false, row, error };
    },
    totals(): BatchTotals {
      const groups = (map: Map<string, Group>) =>
        Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => [k, finish(g)]));
      const byInputType = groups(byInput);
      return { ...finish(all), failed, byModel: groups(byModel), byInputType, charges: charges.totals() };
    },
  };
}
