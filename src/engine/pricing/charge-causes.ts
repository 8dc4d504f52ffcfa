/**
 * The known ways a charge comes out wrong (SPEC §8), tried in order on the card in force and
 * then on the other loaded versions of it: the first that gives the charged amount exactly is
 * named. Runs only for a mismatch.
 */
import { compileInternal, compileVendor } from '../cards/compiled-cards';
import { formatStamp, stampOf, type CardStamp } from '../cards/rate-card-common';
import type { CardSet } from '../cards/card-set';
import { versionsOf } from '../cards/cards-in-force';
import type { InternalCard } from '../cards/rate-card-internal';
import type { VendorCard } from '../cards/rate-card-vendor';
import type { RoundingMode } from '../money/money';
import type { QuoteRequest } from '../request/quote-request';
import { INPUT_TYPES } from '../request/vocabulary';
import { floatingPointUsd } from './float-price';
import { priceInternal } from './internal-price';
import type { UnitPrice } from '../cards/compiled-cards';
import { priceVendorCard } from './vendor-cost';

export interface Candidate {
  /** A stable name: `resolution-honored`, `rounding`, `unclamped`, `floating-point`, … */
  readonly code: string;
  /** What was done differently, in words ("the 720p rule not applied: priced at 1080p"). */
  readonly what: string;
  readonly amount: string;
  /** The card version it was found on. */
  readonly card: CardStamp;
}

const ROUNDINGS: readonly RoundingMode[] = ['half-up', 'half-even', 'floor'];
const nearestSecond = (s: number) => Math.max(1, Math.floor(s + 0.5));

/**
 * Every other internal price the request could have been charged, most likely first. A variant
 * that changes nothing on its card (a double that happens to round right) is no explanation.
 */
export function* internalCandidates(
  request: QuoteRequest,
  set: CardSet,
  inForce: InternalCard,
  honorResolution: boolean,
): Generator<Candidate> {
  for (const c of internalVariants(request, set, inForce, honorResolution)) if (c.amount !== c.plain) yield c;
}

function* internalVariants(
  request: QuoteRequest,
  set: CardSet,
  inForce: InternalCard,
  honorResolution: boolean,
): Generator<Candidate & { readonly plain?: string }> {
  const others = versionsOf(set.versions.internal, inForce.id).filter((c) => c !== inForce);
  // A card that changed is the commonest cause: other versions as they are, first.
  for (const card of others) {
    const amount = priceInternal(request, compileInternal(card), { honorResolution }).usd;
    yield { card: stampOf(card), code: 'card-version', what: `another card version: ${formatStamp(card)}`, amount };
  }
  for (const card of [inForce, ...others]) {
    const on = card === inForce ? '' : `, on ${formatStamp(card)}`;
    const compiled = compileInternal(card);
    const price = (r: QuoteRequest, honor = honorResolution, c = compiled) =>
      priceInternal(r, c, { honorResolution: honor });
    const base = price(request);
    if (request.resolution !== card.billedResolution) {
      const what = honorResolution
        ? `the 720p rule applied: billed at ${card.billedResolution}`
        : `the 720p rule not applied: charged at the requested ${request.resolution}`;
      yield {
        card: stampOf(card),
        plain: base.usd,
        code: 'resolution-honored',
        what: `${what}${on}`,
        amount: price(request, !honorResolution).usd,
      };
    }
    const resolution = honorResolution ? request.resolution : card.billedResolution;
    const what = `binary floating point: Math.round(x * 100) / 100 on doubles${on}`;
    for (const amount of floatingPointUsd(request, card, resolution))
      yield { card: stampOf(card), plain: base.usd, code: 'floating-point', what, amount };
    for (const mode of ROUNDINGS.filter((m) => m !== card.rounding)) {
      const rounded = { ...compiled, card: { ...card, rounding: mode as InternalCard['rounding'] } };
      const what = `another rounding mode: ${mode} instead of ${card.rounding}${on}`;
      yield {
        card: stampOf(card),
        plain: base.usd,
        code: 'rounding',
        what,
        amount: price(request, honorResolution, rounded).usd,
      };
    }
    if (base.clamp.applied !== null)
      yield {
        card: stampOf(card),
        plain: base.usd,
        code: 'unclamped',
        what: `unclamped: the ${base.clamp.applied} not applied${on}`,
        amount: base.clamp.unclampedUsd,
      };
    for (const inputType of INPUT_TYPES.filter((t) => t !== request.inputType)) {
      const what = `another input type: priced as ${inputType} instead of ${request.inputType}${on}`;
      yield {
        card: stampOf(card),
        plain: base.usd,
        code: 'input-type',
        what,
        amount: price({ ...request, inputType }).usd,
      };
    }
    const nearest = nearestSecond(request.durationSeconds);
    if (nearest !== Math.ceil(request.durationSeconds)) {
      const seconds = `${request.durationSeconds} s to the nearest second (${nearest} s)`;
      const what = `another duration rounding: ${seconds}, not up${on}`;
      yield {
        card: stampOf(card),
        plain: base.usd,
        code: 'duration-rounding',
        what,
        amount: price({ ...request, durationSeconds: nearest }).usd,
      };
    }
  }
}

/** Every other number of units the vendor could have deducted for the request. */
export function* unitCandidates(
  request: QuoteRequest,
  set: CardSet,
  inForce: VendorCard,
  unitPrice: UnitPrice | null,
): Generator<Candidate> {
  const others = versionsOf(set.versions.vendor, inForce.id).filter((c) => c !== inForce);
  const unitsOn = (card: VendorCard) => {
    const compiled = compileVendor(card, set.packages);
    return (r: QuoteRequest) => {
      const q = priceVendorCard(r, compiled, unitPrice);
      return q.status === 'priced' && q.units !== null ? q.units : null;
    };
  };
  for (const card of others) {
    const amount = unitsOn(card)(request);
    if (amount !== null)
      yield { card: stampOf(card), code: 'card-version', what: `another card version: ${formatStamp(card)}`, amount };
  }
  for (const card of [inForce, ...others]) {
    const on = card === inForce ? '' : `, on ${formatStamp(card)}`;
    const units = unitsOn(card);
    const plain = units(request);
    for (const inputType of INPUT_TYPES.filter((t) => t !== request.inputType)) {
      const amount = units({ ...request, inputType });
      const what = `another input type: priced as ${inputType} instead of ${request.inputType}${on}`;
      if (amount !== null && amount !== plain) yield { card: stampOf(card), code: 'input-type', what, amount };
    }
    const up = Math.ceil(request.durationSeconds);
    if (up !== nearestSecond(request.durationSeconds)) {
      const amount = units({ ...request, durationSeconds: up });
      const seconds = `${request.durationSeconds} s rounded up to ${up} s`;
      const what = `another duration rounding: ${seconds}, not to the nearest${on}`;
      if (amount !== null && amount !== plain) yield { card: stampOf(card), code: 'duration-rounding', what, amount };
    }
  }
}
