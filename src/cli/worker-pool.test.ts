import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchPricer, LineBatch } from './jsonl';
import { inputFileBytes, poolAfterFirstBatch } from './worker-pool';

/** Decision 80: below this, a known input file is priced in one thread when there are two workers at most. */
const IN_THREAD_BYTES = 24 * 1024 * 1024;

/** A pricer that records the first line of every batch it was given. */
function recording(seen: string[], name: string): BatchPricer {
  return {
    parallelism: 1,
    price: (batch) => {
      seen.push(`${name}:${batch.firstLine}`);
      return Promise.resolve({ bytes: new Uint8Array(0), failed: 0, mismatched: 0 });
    },
    close: () => Promise.resolve(),
  };
}
const batch = (firstLine: number, size: number): LineBatch => ({ firstLine, bytes: new Uint8Array(size) });

/** A pricer over two recording ones; `started()` counts the pools started. */
function poolOf(size: number, inputBytes: number | null = null) {
  const seen: string[] = [];
  let started = 0;
  const pricer = poolAfterFirstBatch(recording(seen, 'here'), () => ((started += 1), recording(seen, 'pool')), {
    size,
    fullBatch: 100,
    inputBytes,
  });
  return { pricer, seen, started: () => started };
}

describe('the worker pool started after the first batch', () => {
  it('prices a short input here and never starts the pool', async () => {
    const { pricer, seen, started } = poolOf(2);
    await pricer.price(batch(1, 99));
    await pricer.close();
    expect([seen, started()]).toEqual([['here:1'], 0]);
  });

  it('starts the pool on a full first batch, and prices it and every later one in the pool', async () => {
    const { pricer, seen, started } = poolOf(3);
    for (const [line, size] of [
      [1, 100],
      [7, 100],
      [12, 5],
    ])
      await pricer.price(batch(line, size));
    await pricer.close();
    expect([seen, started(), pricer.parallelism]).toEqual([['pool:1', 'pool:7', 'pool:12'], 1, 3]);
  });

  it('prices a file known to be small here, full batches and all, and never starts the pool', async () => {
    const { pricer, seen, started } = poolOf(2, IN_THREAD_BYTES - 1);
    for (const line of [1, 7]) await pricer.price(batch(line, 100));
    await pricer.close();
    expect([seen, started(), pricer.parallelism]).toEqual([['here:1', 'here:7'], 0, 1]);
  });

  it('starts the pool for a small file when there are more than two workers (measured on two only)', async () => {
    const { pricer, seen, started } = poolOf(3, IN_THREAD_BYTES - 1);
    for (const line of [1, 7]) await pricer.price(batch(line, 100));
    await pricer.close();
    expect([seen, started(), pricer.parallelism]).toEqual([['pool:1', 'pool:7'], 1, 3]);
  });

  it('starts the pool for a file of IN_THREAD_BYTES or more, as for input of unknown size', async () => {
    const { pricer, seen, started } = poolOf(2, IN_THREAD_BYTES);
    for (const line of [1, 7]) await pricer.price(batch(line, 100));
    await pricer.close();
    expect([seen, started(), pricer.parallelism]).toEqual([['pool:1', 'pool:7'], 1, 2]);
  });
});

describe('the size of the input', () => {
  it('is the size of a file, and unknown for anything else (here a character device)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'input-bytes-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, '{"model_name":"kling-v3"}\n');
    const fds = [openSync(file, 'r'), openSync('/dev/null', 'r')];
    try {
      expect(fds.map((fd) => inputFileBytes(fd))).toEqual([26, null]);
    } finally {
      for (const fd of fds) closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
