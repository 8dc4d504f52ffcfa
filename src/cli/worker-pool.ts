/**
 * Prices batches in worker threads, one per core: each worker loads the same rate cards
 * and runs the same engine. Answers come back in the order the batches were sent.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { QuoteOptions } from '../engine';
import type { BatchPricer, LineBatch, PricedBatch } from './jsonl';

const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
// Pricing allocates many short-lived objects: a larger young generation halves the time
// spent collecting them (measured with `npm run bench`).
const resourceLimits = { maxYoungGenerationSizeMb: 96 };

export function workerPoolPricer(options: QuoteOptions, size = Math.max(1, availableParallelism())): BatchPricer {
  const workers = Array.from({ length: size }, () => {
    const script = new URL(`./price-worker${extension}`, import.meta.url);
    // Under tsx the worker is TypeScript too: it registers tsx's loader, then imports it.
    const worker =
      extension === '.ts'
        ? new Worker(
            `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`,
            { eval: true, workerData: options, resourceLimits },
          )
        : new Worker(script, { workerData: options, resourceLimits });
    const waiting: Array<{ resolve: (b: PricedBatch) => void; reject: (e: unknown) => void }> = [];
    worker.on('message', (answer: PricedBatch) => waiting.shift()?.resolve(answer));
    worker.on('error', (error) => {
      for (const w of waiting.splice(0)) w.reject(error);
    });
    return { worker, waiting };
  });
  let next = 0;
  return {
    parallelism: size,
    price(batch: LineBatch) {
      const slot = workers[next];
      next = (next + 1) % workers.length;
      return new Promise<PricedBatch>((resolve, reject) => {
        slot.waiting.push({ resolve, reject });
        // A copy with a buffer of its own: Node's small Buffers share a pool that must not move.
        const bytes = new Uint8Array(batch.bytes);
        slot.worker.postMessage({ ...batch, bytes }, [bytes.buffer]);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
