/**
 * Prices a file (a Blob) chunk by chunk: memory holds one chunk, the totals, the first
 * errors, and the priced-rows CSV as Blob parts (which browsers may keep on disk).
 */
import { BATCH_CSV_HEADER, batchCsvLine, createFilePricer, detectFormat, type QuoteOptions, type CardSet, type BatchTotals, type RowOutcome } from '../../engine';
import { toCsv } from '../../lib/csv';
import { MAX_LISTED_ERRORS } from './batch-protocol';

export interface PricedBlob {
  readonly totals: BatchTotals;
  readonly errors: Array<{ row: number; error: string }>;
  readonly csv: Blob;
  readonly format: 'jsonl' | 'csv';
}

export async function priceBlob(
  file: Blob,
  name: string,
  set: CardSet,
  options: QuoteOptions,
  onProgress: (bytes: number, rows: number) => void,
): Promise<PricedBlob> {
  const decoder = new TextDecoder();
  const reader = file.stream().getReader();
  let pricer: ReturnType<typeof createFilePricer> | null = null;
  let format: 'jsonl' | 'csv' = 'jsonl';
  const errors: Array<{ row: number; error: string }> = [];
  const parts: BlobPart[] = [toCsv([BATCH_CSV_HEADER])];
  let text = '';
  let bytes = 0;
  let rows = 0;
  const take = (outcomes: RowOutcome[]) => {
    rows += outcomes.length;
    for (const o of outcomes) if (!o.ok && errors.length < MAX_LISTED_ERRORS) errors.push({ row: o.row, error: o.error });
    for (const o of outcomes) text += batchCsvLine(o);
    if (text.length > 1 << 20) {
      parts.push(new Blob([text]));
      text = '';
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    const chunk = decoder.decode(value, { stream: true });
    if (!pricer) {
      format = detectFormat(name, chunk.replace(/^\uFEFF/, ''));
      pricer = createFilePricer(format, set, options);
    }
    take(pricer.push(chunk));
    onProgress(bytes, rows);
  }
  pricer ??= createFilePricer(format, set, options);
  take(pricer.push(decoder.decode()));
  take(pricer.end());
  parts.push(text);
  onProgress(bytes, rows);
  return { totals: pricer.totals(), errors, csv: new Blob(parts, { type: 'text/csv' }), format };
}
