/**
 * What a margin map covers, checked before anything is priced: the duration, the package the
 * vendor cost is taken at, the target, the filters, and the cards (the internal card and the
 * default vendor card, Kling's official units, SPEC §10).
 */
import {
  DEFAULT_INTERNAL_CARD_ID,
  DEFAULT_VENDOR_CARD_ID,
  findInternalCard,
  findVendorCard,
  packagesFor,
  unitPriceFor,
  type CardSet,
} from '../cards/card-set';
import { notYetInForce } from '../cards/cards-in-force';
import { formatStamp } from '../cards/rate-card-common';
import type { InternalCard } from '../cards/rate-card-internal';
import type { VendorCard } from '../cards/rate-card-vendor';
import { DURATION_RULE, isValidDuration } from '../request/quote-request';
import { RESOLUTIONS, type Resolution } from '../request/vocabulary';
import { isMarginTarget, MARGIN_TARGET_RULE } from './margin-standing';

/** The options of `marginMap` (SPEC §10). */
export interface MarginMapOptions {
  /** The request's duration in seconds (fractional allowed, as in a quote). */
  readonly durationSeconds: number;
  /** The package the vendor cost is taken at; default 'list'. */
  readonly packageId?: string;
  /** Decimal text from 0 to 99.99, e.g. "30"; "0" is break-even. */
  readonly targetPct: string;
  /** Only these resolutions; default all. */
  readonly resolutions?: readonly Resolution[];
  /** Only requests with (true) or without (false) audio; default both. */
  readonly audio?: boolean;
}

/** The option a problem is about, so that a caller can point at its own field or flag. */
export type MarginMapField = 'duration' | 'package' | 'target' | 'resolutions';

export type MarginMapError = { readonly ok: false; readonly error: string; readonly field?: MarginMapField };

export interface MarginScope {
  readonly durationSeconds: number;
  readonly packageId: string;
  readonly targetPct: string;
  /** In vocabulary order (480p, 720p, 1080p, 4k), each once. */
  readonly resolutions: readonly Resolution[];
  /** Without audio before with it. */
  readonly audios: readonly boolean[];
  readonly internalCard: InternalCard;
  readonly vendorCard: VendorCard;
  /** The cards that price the map: internal, vendor, and the packages card of the unit price. */
  readonly cards: readonly string[];
}

const fail = (error: string, field?: MarginMapField): MarginMapError => ({ ok: false, error, ...(field && { field }) });

function cardsOf(set: CardSet): { internal: InternalCard; vendor: VendorCard } | MarginMapError {
  const internal = findInternalCard(set);
  if (!internal) return fail(notYetInForce(set, 'internal', DEFAULT_INTERNAL_CARD_ID) ?? 'no internal card is loaded');
  const vendor = findVendorCard(set, DEFAULT_VENDOR_CARD_ID);
  if (!vendor) {
    const early = notYetInForce(set, 'vendor', DEFAULT_VENDOR_CARD_ID);
    return fail(early ?? `no vendor card "${DEFAULT_VENDOR_CARD_ID}" is loaded`);
  }
  return { internal, vendor };
}

export function marginScope(
  set: CardSet,
  options: MarginMapOptions,
): { readonly ok: true; readonly scope: MarginScope } | MarginMapError {
  const { durationSeconds, targetPct } = options;
  if (!isValidDuration(durationSeconds)) return fail(`duration ${DURATION_RULE}, got ${durationSeconds}`, 'duration');
  if (!isMarginTarget(targetPct))
    return fail(`target ${MARGIN_TARGET_RULE}, got ${JSON.stringify(targetPct)}`, 'target');
  const unknown = (options.resolutions ?? []).find((r) => !RESOLUTIONS.includes(r));
  if (unknown !== undefined) {
    return fail(`resolutions: ${JSON.stringify(unknown)} is not one of ${RESOLUTIONS.join(', ')}`, 'resolutions');
  }
  const cards = cardsOf(set);
  if ('ok' in cards) return cards;
  const packageId = options.packageId ?? 'list';
  const vendorCard = cards.vendor;
  const stamps = [formatStamp(cards.internal), formatStamp(vendorCard)];
  if (vendorCard.unit !== 'usd') {
    const sold = packagesFor(set, vendorCard.unit).map((o) => o.pkg.id);
    if (!sold.includes(packageId)) {
      const unit = vendorCard.unit === 'kling-unit' ? 'Kling units' : 'app credits';
      const ids = sold.length > 0 ? ` (one of: ${sold.join(', ')})` : '';
      return fail(`package: no package ${JSON.stringify(packageId)} is sold in ${unit}${ids}`, 'package');
    }
    const price = unitPriceFor(set, vendorCard, packageId);
    if (price) stamps.push(formatStamp(price.card));
  }
  const chosen = options.resolutions;
  return {
    ok: true,
    scope: {
      durationSeconds,
      packageId,
      targetPct,
      resolutions: chosen === undefined ? RESOLUTIONS : RESOLUTIONS.filter((r) => chosen.includes(r)),
      audios: options.audio === undefined ? [false, true] : [options.audio],
      internalCard: cards.internal,
      vendorCard,
      cards: stamps,
    },
  };
}
