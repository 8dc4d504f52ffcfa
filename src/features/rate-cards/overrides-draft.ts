/** The overrides editor's draft (text as typed) to and from saved overrides, with messages. */
import {
  CardIdSchema,
  DecimalStringSchema,
  ModelNameSchema,
  OVERRIDES_VERSION,
  OverridesSchema,
  type Overrides,
} from '../../engine';
import { describeOverridesIssue, negativeAmountProblem } from '../../lib/overrides-issue';

export interface DraftRow {
  readonly model: string;
  readonly value: string;
}

export interface Draft {
  readonly multipliers: readonly DraftRow[];
  readonly rates: readonly DraftRow[];
  readonly services: readonly DraftRow[];
  readonly discount: string;
}

export function toDraft(o: Overrides): Draft {
  return {
    multipliers: Object.entries(o.modelMultipliers).map(([model, value]) => ({ model, value })),
    rates: o.customVendorRates.map((r) => ({ model: r.model, value: r.usdPerSecond })),
    services: Object.entries(o.servicePricesUsd ?? {}).map(([model, value]) => ({ model, value })),
    discount: o.vendorDiscountPct ?? '',
  };
}

/** A value the decimal schema refused: negative, said as such, or not a number at all. */
function valueProblem(text: string): string {
  const negative = negativeAmountProblem(text);
  return negative ? `${negative[0].toUpperCase()}${negative.slice(1)}.` : 'A decimal number such as 1.2.';
}

const MODEL_NAME = 'Enter a model name.';

export type DraftResult = { ok: true; overrides: Overrides } | { ok: false; errors: Record<string, string> };

/** Each field's message by key (`multipliers.0.value`, `discount`), or the overrides. */
export function fromDraft(d: Draft): DraftResult {
  const errors: Record<string, string> = {};
  const rows = (kind: 'multipliers' | 'rates' | 'services', list: readonly DraftRow[]) =>
    list.forEach((row, i) => {
      const service = kind === 'services';
      const key = service ? CardIdSchema.safeParse(row.model.trim()) : ModelNameSchema.safeParse(row.model);
      if (!key.success) errors[`${kind}.${i}.model`] = service ? 'A service id such as lip-sync.' : MODEL_NAME;
      const value = row.value.trim();
      if (!DecimalStringSchema.safeParse(value).success) errors[`${kind}.${i}.value`] = valueProblem(value);
      const first = list.findIndex((r) => r.model.trim() === row.model.trim());
      if (first !== i) errors[`${kind}.${i}.model`] = `${row.model.trim()} is already listed.`;
    });
  rows('multipliers', d.multipliers);
  rows('rates', d.rates);
  rows('services', d.services);
  const discount = d.discount.trim();
  const discountOk = discount === '' || (DecimalStringSchema.safeParse(discount).success && Number(discount) <= 100);
  if (!discountOk) errors.discount = 'A percentage from 0 to 100.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const pairs = (list: readonly DraftRow[]) => Object.fromEntries(list.map((r) => [r.model.trim(), r.value.trim()]));
  const candidate = {
    version: OVERRIDES_VERSION,
    modelMultipliers: pairs(d.multipliers),
    customVendorRates: d.rates.map((r) => ({ model: r.model.trim(), usdPerSecond: r.value.trim() })),
    vendorDiscountPct: discount === '' ? null : discount,
    ...(d.services.length > 0 ? { servicePricesUsd: pairs(d.services) } : {}),
  };
  const parsed = OverridesSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, overrides: parsed.data };
  return { ok: false, errors: { form: describeOverridesIssue(parsed.error.issues[0], candidate, 'the overrides') } };
}

/** An imported file: its overrides, or the reason with the path inside it. */
export function parseOverridesFile(text: string): { ok: true; overrides: Overrides } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  const parsed = OverridesSchema.safeParse(json);
  if (parsed.success) return { ok: true, overrides: parsed.data };
  const reason = describeOverridesIssue(parsed.error.issues[0], json, 'the file');
  return { ok: false, error: `The file is not a set of overrides: ${reason}.` };
}
