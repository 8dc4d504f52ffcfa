/**
 * `npm run bench -- reprice` (SPEC §7, §11): `reprice` against `quote --jsonl` on the same
 * 1,000,000 distinct generated envelopes, with the peak memory of each (VmHWM of the process,
 * polled from /proc; "n/a" where there is none): JSON Lines in and out, then Parquet in and out
 * (the same rows, written as Parquet by DuckDB). Printed, never asserted.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createRandom, distinctEnvelope } from './envelopes';

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Run {
  readonly seconds: number;
  readonly peakMb: number | null;
  readonly status: number | null;
}

/** Runs node with `args` (stdin from `input`, stdout to `output`), timing it and polling its peak memory. */
function measure(args: readonly string[], input: string | null, output: string | null): Promise<Run> {
  const stdin = input ? openSync(input, 'r') : 'ignore';
  const stdout = output ? openSync(output, 'w') : 'ignore';
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: [stdin, stdout, 'pipe'] });
  let peakKb: number | null = null;
  const poll = setInterval(() => {
    const status = `/proc/${child.pid}/status`;
    if (!existsSync(status)) return;
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb ?? 0, Number(hwm[1]));
    } catch {
      // The process ended between the check and the read.
    }
  }, 50);
  child.stderr?.resume();
  return new Promise((resolve) =>
    child.on('close', (status) => {
      clearInterval(poll);
      if (typeof stdin === 'number') closeSync(stdin);
      if (typeof stdout === 'number') closeSync(stdout);
      resolve({ seconds: (performance.now() - start) / 1000, peakMb: peakKb === null ? null : peakKb / 1024, status });
    }),
  );
}

const describeRun = (label: string, r: Run) =>
  `${label}: ${fmt(LINES / r.seconds)} lines/s (${r.seconds.toFixed(2)} s, peak ` +
  `${r.peakMb === null ? 'n/a' : `${fmt(r.peakMb)} MB`}, exit ${r.status})`;

function writeCorpus(file: string): void {
  const fd = openSync(file, 'w');
  const random = createRandom(3);
  let chunk = '';
  for (let i = 0; i < LINES; i += 1) {
    chunk += `${JSON.stringify(distinctEnvelope(random, i))}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

/** The same rows as Parquet, one column a field, as a warehouse export would be. */
async function toParquet(jsonl: string, parquet: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(
    `COPY (SELECT * FROM read_json('${jsonl}', format = 'newline_delimited', sample_size = -1)) ` +
      `TO '${parquet}' (FORMAT parquet)`,
  );
  c.closeSync();
  db.closeSync();
}

export async function repriceFigures(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'reprice-bench-'));
  const jsonl = join(dir, 'distinct.jsonl');
  const parquet = join(dir, 'distinct.parquet');
  try {
    writeCorpus(jsonl);
    const flags = ['--as-of', '2026-11-30'];
    const reprice = ['scripts/reprice.mjs'];
    const cli = await measure(['scripts/quote.mjs', '--jsonl', ...flags], jsonl, join(dir, 'cli.jsonl'));
    console.log(
      describeRun(`reprice quote --jsonl, ${fmt(LINES)} distinct lines (${fmt(statSync(jsonl).size / 1e6)} MB)`, cli),
    );
    const lines = await measure([...reprice, '--in', jsonl, '--out', join(dir, 'out.jsonl'), ...flags], null, null);
    console.log(
      `${describeRun('reprice reprice, JSON Lines in and out', lines)}; ${(cli.seconds / lines.seconds).toFixed(2)}× ` +
        '--jsonl (target ≥ 1×)',
    );
    await toParquet(jsonl, parquet);
    const pq = await measure([...reprice, '--in', parquet, '--out', join(dir, 'out.parquet'), ...flags], null, null);
    console.log(
      `${describeRun('reprice reprice, Parquet in and out', pq)}; ${(cli.seconds / pq.seconds).toFixed(2)}× ` +
        '--jsonl (target ≥ 10×)',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
