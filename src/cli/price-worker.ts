/**
 * A worker thread of the --jsonl pricer: batches of lines in, output bytes out. The card set
 * comes from the main thread, which has already read and checked it. Each message carries
 * what the other workers have priced since; each answer, what this one has.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardSet, QuoteOptions } from '../engine';
import type { LineBatch, PricedBatch } from './jsonl';
import { SpareBuffers } from './byte-sink';
import { createLinePricer, priceBatchWith, type MemoEntry } from './price-line';

export interface PriceWorkerData {
  readonly set: CardSet;
  readonly options: QuoteOptions;
}
export interface WorkerRequest {
  readonly batch: LineBatch;
  readonly learned: readonly MemoEntry[];
  /** Output buffers the main thread has written, to write the next answers into. */
  readonly spares: readonly ArrayBuffer[];
}
export interface WorkerAnswer {
  readonly priced: PricedBatch;
  readonly learned: readonly MemoEntry[];
}

const { set, options } = workerData as PriceWorkerData;
const pricer = createLinePricer(set, options, { share: true });
const buffers = new SpareBuffers();
parentPort?.on('message', ({ batch, learned, spares }: WorkerRequest) => {
  pricer.learn(learned);
  for (const spare of spares) buffers.put(spare);
  const priced = priceBatchWith(pricer, batch, buffers.take());
  const answer: WorkerAnswer = { priced, learned: pricer.learned() };
  parentPort?.postMessage(answer, [priced.bytes.buffer as ArrayBuffer]);
});
