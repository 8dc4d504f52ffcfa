/**
 * Prices batches in worker threads, one per core: each worker gets the main thread's card
 * set and runs the same engine. Answers come back in the order the batches were sent.
 */
import { fstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardSet, QuoteOptions } from '../engine';
import type { BatchPricer, LineBatch, PricedBatch } from './jsonl';
import { SpareBuffers } from './byte-sink';
import type { PriceWorkerData, WorkerAnswer, WorkerRequest } from './price-worker';
import { workerScript } from './worker-script';

// Pricing allocates many short-lived objects; a young generation larger than this measured
// no faster (`npm run bench`) and only held more memory.
const resourceLimits = { maxYoungGenerationSizeMb: 32 };

interface Slot {
  readonly worker: Worker;
  readonly waiting: Array<{ resolve: (b: PricedBatch) => void; reject: (e: unknown) => void }>;
}

export function workerPoolPricer(
  set: CardSet,
  asOf: string,
  options: QuoteOptions,
  size = Math.max(1, availableParallelism()),
): BatchPricer {
  const script = workerScript();
  const workerData: PriceWorkerData = { set, asOf, options };
  const slots: Slot[] = [];
  for (let i = 0; i < size; i += 1) {
    const worker = new Worker(script.code, { eval: script.eval, workerData, resourceLimits });
    const slot: Slot = { worker, waiting: [] };
    worker.on('message', ({ priced }: WorkerAnswer) => {
      slot.waiting.shift()?.resolve(priced);
    });
    worker.on('error', (error) => {
      for (const w of slot.waiting.splice(0)) w.reject(error);
    });
    slots.push(slot);
  }
  const spares = new SpareBuffers(size * 2);
  return {
    parallelism: size,
    price(batch: LineBatch) {
      // The worker with the fewest batches waiting: a worker slowed by a busy core gets fewer.
      let slot = slots[0];
      for (const other of slots) if (other.waiting.length < slot.waiting.length) slot = other;
      return new Promise<PricedBatch>((resolve, reject) => {
        slot.waiting.push({ resolve, reject });
        // Moved, not copied, when the bytes own their whole buffer; else copied: Node's
        // small Buffers share a pool that must not move.
        const own = batch.bytes.byteOffset === 0 && batch.bytes.byteLength === batch.bytes.buffer.byteLength;
        const bytes = own ? batch.bytes : new Uint8Array(batch.bytes);
        const spare = spares.take();
        const request: WorkerRequest = { batch: { ...batch, bytes }, spares: spare ? [spare] : [] };
        slot.worker.postMessage(request, [bytes.buffer as ArrayBuffer, ...request.spares]);
      });
    },
    recycle(bytes) {
      spares.put(bytes.buffer as ArrayBuffer);
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Below this many bytes of input, one thread prices it sooner than two workers do: each worker
 * starts cold (its code not yet optimized, its record templates not yet written), and on
 * 20 MB of clips or of distinct requests that cost more than the second core saved. Measured
 * on two cores only, so it holds for two workers at most (decision 80).
 */
const IN_THREAD_BYTES = 24 << 20;

/**
 * An input of one short batch is priced in this thread and never starts the workers, nor,
 * with two workers or one, is an input known (a file) to be smaller than `IN_THREAD_BYTES`.
 * Otherwise a full first batch starts them and goes to them too: priced here, cold, it held
 * this thread for half a second, in which no batch reached the idle workers (decision 80).
 */
export function poolAfterFirstBatch(
  here: BatchPricer,
  startPool: () => BatchPricer,
  {
    size = Math.max(1, availableParallelism()),
    fullBatch,
    inputBytes = null,
  }: { size?: number; fullBatch: number; inputBytes?: number | null },
): BatchPricer {
  let pool: BatchPricer | null = null;
  const small = size <= 2 && inputBytes !== null && inputBytes < IN_THREAD_BYTES;
  return {
    parallelism: small ? 1 : size,
    price(batch) {
      if (pool) return pool.price(batch);
      if (small || batch.bytes.length < fullBatch) return here.price(batch);
      pool = startPool();
      return pool.price(batch);
    },
    recycle(bytes) {
      (pool ?? here).recycle?.(bytes);
    },
    async close() {
      await Promise.all([here.close(), pool?.close()]);
    },
  };
}

/** The size of the input on `fd` (standard input) when it is a file (a redirect), else null (a pipe, a terminal). */
export function inputFileBytes(fd = 0): number | null {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}
