/** Messages between the Explain screen and its file-pricing worker. */
import type { BatchTotals, CardSet, QuoteOptions } from '../../engine';

export type ToWorker = {
  readonly type: 'start';
  readonly file: Blob;
  readonly name: string;
  readonly set: CardSet;
  readonly options: QuoteOptions;
  /** The date (YYYY-MM-DD) rows without `created_at` are priced as of; null: the set's own. */
  readonly asOf: string | null;
};

export type FromWorker =
  | { readonly type: 'progress'; readonly bytes: number; readonly total: number; readonly rows: number }
  | {
      readonly type: 'done';
      readonly totals: BatchTotals;
      readonly errors: ReadonlyArray<{ row: number; error: string }>;
      readonly csv: Blob;
      /** Every mismatched row (SPEC §8), as CSV; null when no row mismatched. */
      readonly mismatchCsv: Blob | null;
      readonly format: 'jsonl' | 'csv';
    }
  // The file as a whole cannot be read (a CSV header naming a column twice): nothing is priced.
  | { readonly type: 'refused'; readonly message: string }
  | { readonly type: 'failed'; readonly message: string };

/** How many row errors are listed; all are counted, and all are in the CSV. */
export const MAX_LISTED_ERRORS = 1000;
