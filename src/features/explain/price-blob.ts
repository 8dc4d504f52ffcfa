/**
 * Prices a file (a Blob) chunk by chunk: memory holds one chunk, the totals, the first
 * errors and mismatches, and the priced-rows and mismatches CSVs as Blob parts (which
 * browsers may keep on disk). The bytes go to the engine's file pricer as they are: it cuts
 * JSON Lines with the CLI's line splitter and decodes (UTF-16 is read as such, bytes that
 * are not UTF-8 refuse their row).
 */
import {
  BATCH_CSV_HEADER,
  batchCsvLine,
  createFilePricer,
  createTextDecoder,
  detectFormat,
  MISMATCH_CSV_HEADER,
  mismatchCsvLine,
  type QuoteOptions,
  type CardSet,
  type BatchTotals,
  type RowOutcome,
} from '../../engine';
import { toCsv } from '../../lib/csv';
import { MAX_LISTED_ERRORS } from './batch-protocol';

interface PricedBlob {
  readonly totals: BatchTotals;
  readonly errors: Array<{ row: number; error: string }>;
  readonly csv: Blob;
  /** Every mismatched row, as CSV; null when no row mismatched. */
  readonly mismatchCsv: Blob | null;
  readonly format: 'jsonl' | 'csv';
}

/** A file refused as a whole (a CSV header that cannot be read), with the reason. */
export interface RefusedBlob {
  readonly refused: string;
}

/** A CSV built line by line into Blob parts of about 1 MB, so that no string grows with the file. */
function csvParts(header: readonly string[]) {
  const parts: BlobPart[] = [toCsv([header])];
  let text = '';
  let lines = 0;
  return {
    add(line: string) {
      text += line;
      lines += 1;
      if (text.length > 1 << 20) {
        parts.push(new Blob([text]));
        text = '';
      }
    },
    lines: () => lines,
    blob: () => new Blob([...parts, text], { type: 'text/csv' }),
  };
}

export async function priceBlob(
  file: Blob,
  name: string,
  set: CardSet,
  options: QuoteOptions,
  onProgress: (bytes: number, rows: number) => void,
  asOf: string | null = null,
): Promise<PricedBlob | RefusedBlob> {
  // Decodes only the first bytes, to tell the format by (it holds them until they are enough).
  const sniffer = createTextDecoder();
  const early: Uint8Array[] = []; // the bytes read before the format is known
  const reader = file.stream().getReader();
  let pricer: ReturnType<typeof createFilePricer> | null = null;
  let format: 'jsonl' | 'csv' = 'jsonl';
  const errors: Array<{ row: number; error: string }> = [];
  const priced = csvParts(BATCH_CSV_HEADER);
  const mismatches = csvParts(MISMATCH_CSV_HEADER);
  let bytes = 0;
  let rows = 0;
  const take = (outcomes: RowOutcome[]) => {
    rows += outcomes.length;
    for (const o of outcomes) {
      if (!o.ok && errors.length < MAX_LISTED_ERRORS) errors.push({ row: o.row, error: o.error });
      priced.add(batchCsvLine(o));
      if (o.ok && o.charge?.status === 'mismatch') mismatches.add(mismatchCsvLine(o.charge));
    }
  };
  const pricerFor = (head: string) => {
    format = detectFormat(name, head);
    const created = createFilePricer(format, set, options, asOf);
    for (const chunk of early.splice(0)) take(created.push(chunk));
    return created;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    if (pricer) take(pricer.push(value));
    else {
      early.push(value);
      const head = sniffer.push(value);
      if (head !== '') pricer = pricerFor(head);
    }
    const refused = pricer?.refused() ?? null;
    if (refused !== null) {
      await reader.cancel();
      return { refused };
    }
    onProgress(bytes, rows);
  }
  pricer ??= pricerFor(sniffer.end());
  take(pricer.end());
  const refused = pricer.refused();
  if (refused !== null) return { refused };
  onProgress(bytes, rows);
  return {
    totals: pricer.totals(),
    errors,
    csv: priced.blob(),
    mismatchCsv: mismatches.lines() > 0 ? mismatches.blob() : null,
    format,
  };
}
