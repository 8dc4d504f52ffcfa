/** The engine's figures for a plan: each line priced, both budget plans, alerts, the package mix. */
import {
  budgetPlans,
  DEFAULT_VENDOR_CARD_ID,
  packagePlanForClips,
  packagesFor,
  quote,
  throughput,
  type CardSet,
  type PlannedLine,
} from '../../engine';
import { toQuoteRequest } from '../../components/request-form/quote-form-schema';
import { quoteOptionsFor } from '../../components/request-form/quote-options';
import type { PlanState } from './plan-state';

export function budgetFigures(state: PlanState, set: CardSet) {
  const lines: PlannedLine[] = state.lines.map((line, i) => {
    // The clip itself beside its name, so that a printed or exported plan says what it is.
    const v = line.values;
    const label = `${line.label} (${v.model}, ${v.mode}, ${v.duration} s, ${v.resolution})`;
    const result = quote(toQuoteRequest(line.values), set, quoteOptionsFor(line.values, set));
    if (!result.ok)
      return {
        id: String(i),
        label,
        count: line.count,
        priority: line.priority,
        cost: null,
        unpricedReason: result.error,
      };
    const used = result.quote.vendor.used;
    const cost =
      state.against === 'internal'
        ? result.quote.internal.charged.amount
        : used.status === 'priced'
          ? used.amount
          : null;
    const reason = used.status === 'unavailable' ? `vendor cost unavailable (${used.reason})` : undefined;
    return { id: String(i), label, count: line.count, priority: line.priority, cost, unpricedReason: reason };
  });
  return budgetPlans(lines, state.budgetUsd, state.thresholds);
}

/** Units per clip on the official units card (at the clip's own card when that one is in units). */
export function packageFigures(state: PlanState, set: CardSet) {
  const values = state.packageClip;
  const card = set.vendor.find((c) => c.id === values.vendor);
  const vendorCardId = card?.unit === 'kling-unit' ? values.vendor : DEFAULT_VENDOR_CARD_ID;
  const result = quote(toQuoteRequest(values), set, { vendorCardId });
  if (!result.ok) return { ok: false as const, reason: result.error };
  const used = result.quote.vendor.used;
  if (used.status !== 'priced' || used.units === null) {
    return {
      ok: false as const,
      reason: used.status === 'unavailable' ? used.reason : 'this card is not priced in units',
    };
  }
  const totalClips = Math.ceil((state.clipsPerMonth * state.horizonDays) / 30);
  const packages = packagesFor(set, 'kling-unit').map((o) => o.pkg);
  const { unitsNeeded, mix } = packagePlanForClips(used.units, totalClips, state.horizonDays, packages);
  const pace =
    mix.ok && mix.concurrency
      ? throughput(mix.concurrency, state.generationSeconds, totalClips, state.horizonDays)
      : null;
  return { ok: true as const, unitsPerClip: used.units, cardTitle: used.cardTitle, totalClips, unitsNeeded, mix, pace };
}
