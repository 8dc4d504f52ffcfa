/** A worker thread of the --jsonl pricer: batches of lines in, output text out. */
import { parentPort, workerData } from 'node:worker_threads';
import type { QuoteOptions } from '../engine';
import type { LineBatch } from './jsonl';
import { loadCardSet } from './load-cards';
import { createLinePricer, priceBatchWith } from './price-line';

const loaded = loadCardSet();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const pricer = createLinePricer(loaded.set, workerData as QuoteOptions);
parentPort?.on('message', (batch: LineBatch) => {
  const priced = priceBatchWith(pricer, batch);
  parentPort?.postMessage(priced, [priced.bytes.buffer as ArrayBuffer]);
});
