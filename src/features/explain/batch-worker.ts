/// <reference lib="webworker" />
/** The file-pricing worker: the page stays responsive whatever the file's size. */
import type { FromWorker, ToWorker } from './batch-protocol';
import { priceBlob } from './price-blob';

const post = (message: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const { file, name, set, options, asOf } = event.data;
  let last = 0;
  try {
    const progress = (bytes: number, rows: number) => {
      const now = Date.now();
      if (now - last > 50 || bytes === file.size) {
        last = now;
        post({ type: 'progress', bytes, total: file.size, rows });
      }
    };
    const result = await priceBlob(file, name, set, options, progress, asOf);
    post('refused' in result ? { type: 'refused', message: result.refused } : { type: 'done', ...result });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
