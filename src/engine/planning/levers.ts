/**
 * The savings levers of seeds 002 and 004, each with its figure for the current
 * request, and shown only where it applies. Every figure comes from the engine's prices.
 */
import { packagesFor, type CardSet } from '../cards/card-set';
import { compareAmounts, minus, toDecimalString, usd, type Money } from '../money/money';
import { quote, type Quote, type QuoteOptions } from '../pricing/quote';
import type { QuoteRequest } from '../request/quote-request';

export interface Lever {
  readonly id: 'resolution-staging' | 'audio-deferral' | 'whole-seconds' | 'o1-flat' | 'package';
  readonly title: string;
  /** What it saves, USD, per clip (or per iteration), positive. */
  readonly savingUsd: string;
  readonly detail: string;
}

function priced(request: QuoteRequest, set: CardSet, options: QuoteOptions): Quote | null {
  const r = quote(request, set, options);
  return r.ok ? r.quote : null;
}

const vendorOf = (q: Quote | null): Money | null =>
  q && q.vendor.used.status === 'priced' ? q.vendor.used.amount : null;
const positive = (m: Money | null | undefined): m is Money => !!m && compareAmounts(m, minus(m, m)) > 0;

export function savingsLevers(q: Quote, set: CardSet, options: QuoteOptions = {}): Lever[] {
  const r = q.request;
  const levers: Lever[] = [];
  const vendorNow = vendorOf(q);

  // Seed 002: prototype at 720p (std), produce at the final resolution.
  if (r.mode === 'pro' || r.resolution === '1080p' || r.resolution === '4k') {
    const proto = priced({ ...r, mode: 'std', resolution: '720p' }, set, options);
    const saving = vendorNow && vendorOf(proto) ? minus(vendorNow, vendorOf(proto) as Money) : null;
    if (positive(saving)) {
      levers.push({
        id: 'resolution-staging',
        title: 'Prototype at 720p, produce at the final resolution',
        savingUsd: toDecimalString(saving, 2),
        detail:
          `Each prototype iteration at 720p (std) costs $${toDecimalString(vendorOf(proto) as Money, 2)} ` +
          `at the vendor instead of $${toDecimalString(vendorNow as Money, 2)}.`,
      });
    }
  }

  // Seed 002: defer audio, generate or dub it separately.
  if (r.audio) {
    const silent = priced({ ...r, audio: false }, set, options);
    const saving = vendorNow && vendorOf(silent) ? minus(vendorNow, vendorOf(silent) as Money) : null;
    if (positive(saving)) {
      const seconds = q.vendor.used.status === 'priced' ? q.vendor.used.billedSeconds : r.durationSeconds;
      levers.push({
        id: 'audio-deferral',
        title: 'Defer audio',
        savingUsd: toDecimalString(saving, 2),
        detail:
          `The vendor's audio premium on this clip: $${toDecimalString(saving, 2)} over ${seconds} s. ` +
          'The internal price does not charge audio, so the margin gains it all.',
      });
    }
  }

  // Our ceil against the vendor's nearest second: a whole-second duration bills the same at both.
  if (!Number.isInteger(r.durationSeconds) && q.vendor.used.status === 'priced') {
    const whole = q.vendor.used.billedSeconds;
    const at = priced({ ...r, durationSeconds: whole }, set, options);
    if (at) {
      const internalSaving = minus(q.internal.charged.amount, at.internal.charged.amount);
      if (positive(internalSaving)) {
        levers.push({
          id: 'whole-seconds',
          title: `Ask for ${whole} s instead of ${r.durationSeconds} s`,
          savingUsd: toDecimalString(internalSaving, 2),
          detail:
            `We bill ${q.internal.charged.billedSeconds} s (rounded up); ` +
            `the vendor bills ${whole} s (nearest second). ` +
            `At ${whole} s the customer pays $${at.internal.charged.usd} and the vendor cost is the same.`,
        });
      }
    }
  }

  // Seed 002: O1's flat clip price against per-second models, for image-to-video.
  if (
    (r.inputType === 'image' || r.inputType === 'multi-image') &&
    r.durationSeconds <= 10 &&
    set.vendor.some((c) => c.id === 'seed-002-usd')
  ) {
    const o1 = priced({ ...r, model: 'kling-video-o1' }, set, { ...options, vendorCardId: 'seed-002-usd' });
    const o1Cost = vendorOf(o1);
    if (o1Cost && vendorNow && r.model !== 'kling-video-o1' && compareAmounts(o1Cost, vendorNow) < 0) {
      levers.push({
        id: 'o1-flat',
        title: "O1's flat price for image-to-video",
        savingUsd: toDecimalString(minus(vendorNow, o1Cost), 2),
        detail:
          `O1 image-to-video is a flat $${toDecimalString(o1Cost, 3)} for this clip (seed 002), ` +
          `against $${toDecimalString(vendorNow, 3)} for ${r.model} here; O1 has no audio or resolution options.`,
      });
    }
  }

  // Seed 003: a package with a lower unit price.
  const used = q.vendor.used;
  if (used.status === 'priced' && used.unitPrice && used.unit === 'kling-unit') {
    // The lowest unit price among packages that can be bought again (not the once-only trials).
    const cheapest = packagesFor(set, 'kling-unit')
      .filter((o) => o.pkg.purchase && !o.pkg.purchase.oncePerAccount)
      .sort((a, b) => compareAmounts(usd(a.pkg.unitPriceUsd), usd(b.pkg.unitPriceUsd)))[0];
    const at = cheapest ? priced(r, set, { ...options, packageId: cheapest.pkg.id }) : null;
    const saving = at && vendorOf(at) ? minus(used.amount, vendorOf(at) as Money) : null;
    if (cheapest && positive(saving)) {
      levers.push({
        id: 'package',
        title: `Buy ${cheapest.pkg.label}`,
        savingUsd: toDecimalString(saving, 2),
        detail:
          `At $${cheapest.pkg.unitPriceUsd} a unit instead of $${used.unitPrice.usd}: ${used.units} units cost ` +
          `$${at?.vendor.used.status === 'priced' ? at.vendor.used.usd : ''} instead of $${used.usd} a clip ` +
          `(units expire after ${cheapest.pkg.purchase?.validityDays} days).`,
      });
    }
  }
  return levers;
}
