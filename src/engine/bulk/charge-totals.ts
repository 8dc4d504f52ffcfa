/**
 * What a file says was charged against what its cards give (SPEC §8): running sums of the
 * rows that carried `charged_usd` or `final_unit_deduction`, charged and expected, USD and
 * units, and the first rows of each outcome for a person to read. The sums are the same size
 * whatever the number of rows; the rows kept stop at a cap, and the totals say how many more
 * there were (the mismatches CSV holds every one).
 */
import { formatStamp } from '../cards/rate-card-common';
import { minus, plus, toDecimalString, toRatio, type Ratio } from '../money/money';
import type { AmountCheck, ChargeCheck } from '../pricing/charge-check';
import type { Quote } from '../pricing/quote';
import type { ChargeFields } from '../request/charge-fields';

/** Mismatched rows kept for the screen: the first this many, in the file's order. */
const MAX_KEPT_MISMATCHES = 10_000;
/** Matched (or unchecked) rows kept for the screen. */
const MAX_KEPT_MATCHES = 1_000;

/** One row's check, flat: what the results list and the mismatches CSV show. */
export interface ChargeRow {
  readonly row: number;
  /** `created_at` as the row gave it, read (ISO 8601 in UTC); null: priced as of the chosen date. */
  readonly createdAt: string | null;
  /** The date the row's cards were in force on; null: the newest loaded. */
  readonly asOf: string | null;
  readonly model: string;
  readonly mode: string;
  readonly durationSeconds: number;
  readonly resolution: string;
  readonly inputType: string;
  /** The internal card version the row was priced on ("internal@2026-12-01"). */
  readonly card: string;
  readonly status: ChargeCheck['status'];
  readonly usd: AmountCheck | null;
  readonly units: AmountCheck | null;
}

/** Charged against expected, summed over the rows where both are known. */
export interface AmountTotals {
  /** Rows compared (a `match` or a `mismatch`). */
  readonly rows: number;
  readonly mismatches: number;
  /** Rows that carried the amount but had nothing to compare it with. */
  readonly unchecked: number;
  readonly charged: string;
  readonly expected: string;
  /** charged − expected: positive when more was charged than the cards give. */
  readonly difference: string;
}

export interface ChargeTotals {
  /** Rows priced that carried `charged_usd` or `final_unit_deduction`. */
  readonly rows: number;
  readonly matches: number;
  readonly mismatches: number;
  readonly unchecked: number;
  /** Over the rows with `charged_usd`; null when none had it. */
  readonly usd: AmountTotals | null;
  /** Over the rows with `final_unit_deduction`; null when none had it. */
  readonly units: AmountTotals | null;
  /** The first `MAX_KEPT_MISMATCHES` mismatched rows. */
  readonly mismatchRows: readonly ChargeRow[];
  /** The first `MAX_KEPT_MATCHES` other rows (matched, or unchecked). */
  readonly otherRows: readonly ChargeRow[];
}

export function toChargeRow(row: number, quote: Quote, charge: ChargeFields, check: ChargeCheck): ChargeRow {
  const r = quote.request;
  return {
    row,
    createdAt: charge.createdAt?.text ?? null,
    asOf: quote.asOf,
    model: r.model,
    mode: r.mode,
    durationSeconds: r.durationSeconds,
    resolution: r.resolution,
    inputType: r.inputType,
    card: formatStamp(quote.internal.charged.card),
    status: check.status,
    usd: check.usd,
    units: check.units,
  };
}

interface Sums {
  rows: number;
  mismatches: number;
  unchecked: number;
  charged: Ratio;
  expected: Ratio;
}

const ZERO: Ratio = { amount: 0n, scale: 0n };
const emptySums = (): Sums => ({ rows: 0, mismatches: 0, unchecked: 0, charged: ZERO, expected: ZERO });

function addAmount(sums: Sums, check: AmountCheck) {
  if (check.status === 'unchecked' || check.expected === null) {
    sums.unchecked += 1;
    return;
  }
  sums.rows += 1;
  if (check.status === 'mismatch') sums.mismatches += 1;
  sums.charged = plus(sums.charged, toRatio(check.charged));
  sums.expected = plus(sums.expected, toRatio(check.expected));
}

function finish(sums: Sums, seen: boolean, decimals: number): AmountTotals | null {
  if (!seen) return null;
  const { rows, mismatches, unchecked } = sums;
  return {
    rows,
    mismatches,
    unchecked,
    charged: toDecimalString(sums.charged, decimals),
    expected: toDecimalString(sums.expected, decimals),
    difference: toDecimalString(minus(sums.charged, sums.expected), decimals),
  };
}

/** Running sums of the charge checks of a file, fed one row at a time. */
export function createChargeTotals() {
  const usd = emptySums();
  const units = emptySums();
  let usdSeen = false;
  let unitsSeen = false;
  const counts = { match: 0, mismatch: 0, unchecked: 0 };
  const mismatchRows: ChargeRow[] = [];
  const otherRows: ChargeRow[] = [];
  return {
    add(row: ChargeRow) {
      counts[row.status] += 1;
      if (row.usd) {
        usdSeen = true;
        addAmount(usd, row.usd);
      }
      if (row.units) {
        unitsSeen = true;
        addAmount(units, row.units);
      }
      if (row.status === 'mismatch') {
        if (mismatchRows.length < MAX_KEPT_MISMATCHES) mismatchRows.push(row);
      } else if (otherRows.length < MAX_KEPT_MATCHES) otherRows.push(row);
    },
    totals(): ChargeTotals {
      return {
        rows: counts.match + counts.mismatch + counts.unchecked,
        matches: counts.match,
        mismatches: counts.mismatch,
        unchecked: counts.unchecked,
        usd: finish(usd, usdSeen, 2),
        units: finish(units, unitsSeen, 0),
        mismatchRows: [...mismatchRows],
        otherRows: [...otherRows],
      };
    },
  };
}
