/**
 * SPEC §8: what was charged against what the card in force gives. Each amount is a `match`,
 * or a `mismatch` with the difference (charged − expected) and, when a known way of being
 * wrong gives the charged amount exactly, that cause; else "no known rule gives $X".
 */
import type { CardSet } from '../cards/card-set';
import type { CardStamp } from '../cards/rate-card-common';
import { compareAmounts, minus, toDecimalString, usd } from '../money/money';
import type { ChargeFields } from '../request/charge-fields';
import { internalCandidates, unitCandidates, type Candidate } from './charge-causes';
import type { Quote } from './quote';

export interface AmountCheck {
  /** `unchecked`: nothing to compare with (the vendor cost is unavailable, or not in units). */
  readonly status: 'match' | 'mismatch' | 'unchecked';
  readonly charged: string;
  readonly expected: string | null;
  /** charged − expected: positive when more was charged than the card gives. */
  readonly difference: string | null;
  readonly cause: string | null;
  readonly causeCode: string | null;
  /** The card version the cause was found on: the one in force, or another version of it. */
  readonly causeCard?: CardStamp | null;
}

export interface ChargeCheck {
  /** `mismatch` if either amount mismatched, else `match` when one matched, else `unchecked`. */
  readonly status: AmountCheck['status'];
  readonly usd: AmountCheck | null;
  readonly units: AmountCheck | null;
}

function compare(
  charged: string,
  expected: string,
  decimals: number,
  candidates: () => Iterable<Candidate>,
  noRule: string,
): AmountCheck {
  const value = usd(charged);
  const difference = minus(value, usd(expected));
  const base = { charged, expected, difference: toDecimalString(difference, decimals) };
  if (compareAmounts(difference, usd('0')) === 0) return { ...base, status: 'match', cause: null, causeCode: null };
  const found = [...candidates()].filter((c) => compareAmounts(usd(c.amount), value) === 0);
  if (found.length > 0) {
    // The likeliest is named; any other that gives the same amount is listed after it.
    const [first, ...others] = found;
    const also = others.length > 0 ? ` (so does ${others.map((c) => c.what).join('; ')})` : '';
    const cause = `${first.what} gives ${noRule.replace('X', first.amount)}${also}`;
    return { ...base, status: 'mismatch', cause, causeCode: first.code, causeCard: first.card };
  }
  return { ...base, status: 'mismatch', cause: `no known rule gives ${noRule.replace('X', charged)}`, causeCode: null };
}

/** Checks what a persisted request says was charged against its quote (priced on `set`, its cards in force). */
export function checkCharge(quote: Quote, charge: ChargeFields, set: CardSet): ChargeCheck | null {
  if (charge.chargedUsd === null && charge.unitsDeducted === null) return null;
  const { request, internal, vendor } = quote;
  const charged = internal.charged;
  const usdCheck =
    charge.chargedUsd === null
      ? null
      : compare(
          charge.chargedUsd,
          charged.usd,
          2,
          () => internalCandidates(request, set, charged.internalCard, charged.honorResolution),
          '$X',
        );
  let unitsCheck: AmountCheck | null = null;
  if (charge.unitsDeducted !== null) {
    const used = vendor.used;
    const card = set.vendor.find((c) => c.id === used.card.id && c.version === used.card.version);
    if (used.status === 'priced' && used.units !== null && card) {
      unitsCheck = compare(
        charge.unitsDeducted,
        used.units,
        0,
        () => unitCandidates(request, set, card, used.unitPrice),
        'X units',
      );
    } else {
      const why = used.status === 'unavailable' ? used.reason : `${used.cardTitle} is priced in USD, not units`;
      unitsCheck = {
        status: 'unchecked',
        charged: charge.unitsDeducted,
        expected: null,
        difference: null,
        cause: why,
        causeCode: null,
      };
    }
  }
  const checks = [usdCheck, unitsCheck].filter((c): c is AmountCheck => c !== null);
  const status = checks.some((c) => c.status === 'mismatch')
    ? 'mismatch'
    : checks.some((c) => c.status === 'match')
      ? 'match'
      : 'unchecked';
  return { status, usd: usdCheck, units: unitsCheck };
}

/**
 * The version of the card a check's cause was found on, when not the one in force: a cause on
 * another version ends its words with that card ("…, on internal@2026-10-01 gives $0.39",
 * "another card version: internal@2026-10-01 gives $0.26"). Null for any other check.
 */
