/**
 * An estimate as SPEC §9's JSON (`--estimate FILE --json`): SPEC's keys, in SPEC's order, then
 * what a salesperson also needs (per-period line figures, margin %, the unit price, the packages'
 * windows, concurrency and throughput, as_of, card versions). Money and units are decimal strings:
 * our price and the customer's to the cent; units exact; vendor USD and margin exact, except at
 * the cheapest mix where they are a fraction, written half-up to 6 decimals (decision 0041).
 */
import { divideBy, quantity, toDecimalString, usd, type Money, type Quantity } from '../money/money';
import type { BudgetPlan } from './budget-plan';
import type { Estimate } from './estimate';
import type { EstimateBudget, EstimateBudgetOptions } from './estimate-budget';
import type { PackageCount, PackageWindow } from './estimate-packages';
import { marginPct, usdOver, type Amounts } from './estimate-totals';

const cents = (m: Money | null): string | null => (m === null ? null : toDecimalString(m, 2));
const units = (q: Quantity | null): string | null => (q === null ? null : toDecimalString(q));

/** A total: every amount present (a line without one counts as 0). */
function totalsRecord(a: Amounts, divisor: bigint) {
  return {
    internal_usd: toDecimalString(a.internal ?? usd('0'), 2),
    customer_usd: toDecimalString(a.customer ?? usd('0'), 2),
    vendor_units: toDecimalString(a.units ?? quantity('0')),
    vendor_usd: usdOver(a.vendorScaled, divisor),
    margin_usd: usdOver(a.marginScaled, divisor),
    margin_pct: marginPct(a, divisor),
  };
}

function packagesRecord(items: readonly PackageCount[]) {
  return items.map((p) => ({
    id: p.packageId,
    count: p.count,
    label: p.label,
    price_usd: toDecimalString(usd(p.priceUsd), 2),
    units: p.units,
  }));
}

function windowRecord(w: PackageWindow) {
  return {
    from_month: w.fromMonth,
    months: w.months,
    packages: packagesRecord(w.items),
    packages_usd: toDecimalString(w.packagesUsd, 2),
    units_bought: toDecimalString(w.unitsBought),
    units_used: toDecimalString(w.unitsUsed),
    units_forfeited: toDecimalString(w.unitsForfeited),
  };
}

function planRecord(plan: BudgetPlan) {
  return {
    lines: plan.lines.map((l) => ({
      name: l.label,
      requested: l.requested,
      planned: l.planned,
      cost_usd_each: l.costUsd,
      total_usd: l.totalUsd,
      note: l.note,
    })),
    clips: plan.clips,
    spent_usd: plan.spentUsd,
    remaining_usd: plan.remainingUsd,
    utilization_pct: plan.utilizationPct,
  };
}

/** The budget's two plans for a month, and its alerts said once. */
function budgetRecord(b: EstimateBudget, options: EstimateBudgetOptions) {
  return {
    budget_usd: toDecimalString(usd(options.budgetUsd), 2),
    against: options.against,
    alerts_pct: options.thresholdsPct ?? [],
    by_priority: planRecord(b.byPriority),
    most_clips: planRecord(b.mostClips),
    alerts_reached_pct: b.alerts.map((a) => a.thresholdPct),
    alert: b.alert,
  };
}

/** packages_usd ÷ units used, half-up to 6 decimals; null when nothing is bought in units. */
function effectivePrice(e: Estimate): string | null {
  const used = e.packages.unitsUsed;
  if (used.amount === 0n) return null;
  const scaledTotal = {
    amount: e.packages.packagesUsd.amount * 10n ** used.scale,
    scale: e.packages.packagesUsd.scale,
  };
  return toDecimalString(divideBy(scaledTotal, used.amount, 6), 2);
}

export function toEstimateRecord(e: Estimate) {
  const { input, totals, packages: plan } = e;
  const d = totals.divisor;
  return {
    customer: input.customer,
    months: input.months,
    discount_pct: input.discountPct,
    package: input.package,
    lines: totals.lines.map(({ line, month, period }) => ({
      name: line.name,
      internal_usd_per_month: cents(month.internal),
      customer_usd_per_month: cents(month.customer),
      vendor_units_per_month: units(month.units),
      vendor_usd_per_month: usdOver(month.vendorScaled, d),
      margin_usd_per_month: usdOver(month.marginScaled, d),
      kind: line.kind,
      what: line.what,
      ...(line.kind === 'clip' ? { clips_per_month: line.count } : { count_per_month: line.count }),
      margin_pct: marginPct(month, d),
      vendor_priced_at: line.packaged ? 'package' : 'own-price',
      internal_usd_per_period: cents(period.internal),
      customer_usd_per_period: cents(period.customer),
      vendor_units_per_period: units(period.units),
      vendor_usd_per_period: usdOver(period.vendorScaled, d),
      margin_usd_per_period: usdOver(period.marginScaled, d),
    })),
    month: totalsRecord(totals.month, d),
    period: totalsRecord(totals.period, d),
    packages: packagesRecord(plan.items),
    packages_usd: toDecimalString(plan.packagesUsd, 2),
    units_bought: toDecimalString(plan.unitsBought),
    units_used: toDecimalString(plan.unitsUsed),
    units_forfeited: toDecimalString(plan.unitsForfeited),
    warnings: e.warnings.map((w) => ({
      code: w.code,
      severity: w.severity,
      message: w.message,
      ...(w.lineIndex === null ? {} : { line_index: w.lineIndex }),
    })),
    unit_price_usd: e.unitPriceUsd,
    effective_unit_price_usd: effectivePrice(e),
    package_windows: plan.windows.map(windowRecord),
    concurrency: plan.concurrency,
    throughput: e.throughput && {
      generation_seconds: e.throughput.generationSeconds,
      tasks_per_month: e.throughput.tasksPerMonth,
      clips_per_hour: e.throughput.clipsPerHour,
      hours_per_month: e.throughput.hoursPerMonth,
      fits: e.throughput.fits,
    },
    as_of: e.asOf,
    cards: e.cards,
    ...(e.budget && input.budget ? { budget: budgetRecord(e.budget, input.budget) } : {}),
  };
}

export type EstimateRecord = ReturnType<typeof toEstimateRecord>;
