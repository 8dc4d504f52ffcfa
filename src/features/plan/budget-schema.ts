/** The budget form: amount, what it is measured against, and the alert thresholds. */
import * as z from 'zod/mini';

const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

export const BudgetSchema = z.object({
  budgetUsd: z
    .string()
    .check(z.regex(/^\s*\d{1,9}(\.\d{1,2})?\s*$/, { error: 'Enter an amount in dollars, such as 500 or 1250.50.' })),
  against: z.enum(['internal', 'vendor']),
  thresholds: z.string().check(
    z.refine(
      (t) => {
        const list = t.split(',').map((v) => v.trim());
        return list.length <= 6 && list.every((v) => PERCENT.test(v) && Number(v) > 0 && Number(v) <= 100);
      },
      { error: 'Up to 6 percentages from 1 to 100, separated by commas, such as 50, 75, 90.' },
    ),
  ),
});

export type BudgetValues = z.infer<typeof BudgetSchema>;
