/**
 * A worker thread of the --jsonl pricer: batches of lines in, output bytes out. The card set
 * comes from the main thread, which has already read and checked it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardSet, QuoteOptions } from '../engine';
import type { LineBatch, PricedBatch } from './jsonl';
import { SpareBuffers } from './byte-sink';
import { createLinePricer, priceBatchWith } from './price-line';

export interface PriceWorkerData {
  readonly set: CardSet;
  readonly asOf: string;
  readonly options: QuoteOptions;
}
export interface WorkerRequest {
  readonly batch: LineBatch;
  /** Output buffers the main thread has written, to write the next answers into. */
  readonly spares: readonly ArrayBuffer[];
}
export interface WorkerAnswer {
  readonly priced: PricedBatch;
}

const { set, asOf, options } = workerData as PriceWorkerData;
const pricer = createLinePricer(set, asOf, options);
const buffers = new SpareBuffers();
parentPort?.on('message', ({ batch, spares }: WorkerRequest) => {
  for (const spare of spares) buffers.put(spare);
  const priced = priceBatchWith(pricer, batch, buffers.take());
  const answer: WorkerAnswer = { priced };
  parentPort?.postMessage(answer, [priced.bytes.buffer as ArrayBuffer]);
});
