/**
 * The Estimates screen's form as the user types it: text fields, one per input, so that what is
 * typed stays as typed. `draft-file.ts` turns it into the estimate file (SPEC §9) and back.
 */
import { DEFAULT_GENERATION_SECONDS, type BudgetMeasure } from '../../engine';
import { DEFAULT_VALUES, type QuoteFormValues } from '../../components/request-form/quote-form-schema';

interface LineBase {
  /** Stable while the line lives, for React; never saved. */
  readonly key: string;
  readonly name: string;
  /** Clips or tasks a month. */
  readonly count: string;
  /** The line's place in the budget's plan (higher first); read only when the budget is on. */
  readonly priority: string;
}

export interface ClipLineDraft extends LineBase {
  readonly kind: 'clip';
  readonly values: QuoteFormValues;
}

export interface ServiceLineDraft extends LineBase {
  readonly kind: 'service';
  readonly service: string;
  /** Seconds, for a service billed by duration; "" for none. */
  readonly duration: string;
}

export type LineDraft = ClipLineDraft | ServiceLineDraft;

export interface BudgetDraft {
  readonly on: boolean;
  readonly budgetUsd: string;
  readonly against: BudgetMeasure;
  /** Comma-separated percentages: "50, 75, 90". */
  readonly alerts: string;
}

export interface EstimateDraft {
  readonly customer: string;
  readonly months: string;
  readonly discountPct: string;
  /** `list`, `cheapest` or a package id. */
  readonly package: string;
  readonly generationSeconds: string;
  readonly lines: readonly LineDraft[];
  readonly budget: BudgetDraft;
}

let lastKey = 0;
/** A key for a new line: unique in this page, which is all React needs. */
export function newLineKey(): string {
  lastKey += 1;
  return `line-${lastKey}`;
}

export const OFF_BUDGET: BudgetDraft = { on: false, budgetUsd: '', against: 'customer', alerts: '50, 75, 90' };

/** The salesperson's usual ask (issue: 5,000 showcases and 20,000 social clips a month, for a quarter). */
export function defaultDraft(): EstimateDraft {
  return {
    customer: 'New customer',
    months: '3',
    discountPct: '0',
    // List price, as on every screen, until the user picks the cheapest mix or a package.
    package: 'list',
    generationSeconds: String(DEFAULT_GENERATION_SECONDS),
    lines: [
      {
        kind: 'clip',
        key: newLineKey(),
        name: 'Product showcases',
        count: '5000',
        priority: '2',
        values: { ...DEFAULT_VALUES, mode: 'pro', duration: '10', resolution: '1080p', input: 'image' },
      },
      {
        kind: 'clip',
        key: newLineKey(),
        name: 'Social clips',
        count: '20000',
        priority: '1',
        values: { ...DEFAULT_VALUES, model: 'kling-v2-6', duration: '5' },
      },
    ],
    budget: OFF_BUDGET,
  };
}
