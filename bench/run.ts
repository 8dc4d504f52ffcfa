/**
 * `npm run bench`: speed figures, printed, never asserted (a slow machine is not a bug).
 * - the engine in-process: quotes per second, on distinct requests and on a repeated mix;
 * - `quote --jsonl` end to end on 1,000,000 generated envelope lines (target ≥ 200,000/s).
 * - the web app: initial JavaScript (gzip), keystroke → price, Lighthouse mobile performance.
 * BENCH_LINES overrides the line count, BENCH_RUNS the runs of each --jsonl figure;
 * `npm run bench -- web` (or engine, cli) runs one part.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCardSet } from '../src/cli/load-cards';
import { parseEnvelope, quote, type QuoteRequest } from '../src/engine';
import { createRandom, randomEnvelope } from './envelopes';
import { webFigures } from './web';

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function engineFigures() {
  const loaded = loadCardSet();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const random = createRandom(7);
  const mix: QuoteRequest[] = [];
  while (mix.length < 200_000) {
    const parsed = parseEnvelope(randomEnvelope(random));
    if (parsed.ok) mix.push(parsed.request);
  }
  // Distinct: every request a duration never seen before, so no cache helps.
  const distinct = mix.slice(0, 50_000).map((r, i) => ({ ...r, durationSeconds: 1 + i / 50_000 + (i % 3000) }));
  let start = performance.now();
  for (const r of distinct) quote(r, loaded.set);
  const cold = distinct.length / ((performance.now() - start) / 1000);
  start = performance.now();
  for (const r of mix) quote(r, loaded.set);
  const warm = mix.length / ((performance.now() - start) / 1000);
  console.log(`engine  quote(), distinct requests:  ${fmt(cold)} quotes/s`);
  console.log(`engine  quote(), realistic mix:      ${fmt(warm)} quotes/s`);
}

function jsonlFigures() {
  const dir = mkdtempSync(join(tmpdir(), 'kling-bench-'));
  const file = join(dir, 'envelopes.jsonl');
  const fd = openSync(file, 'w');
  const random = createRandom(1);
  let chunk = '';
  for (let i = 0; i < LINES; i += 1) {
    chunk += `${JSON.stringify(randomEnvelope(random))}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  const mb = statSync(file).size / 1e6;
  // A shared machine's speed varies from run to run: each figure is the median of RUNS.
  for (const threads of ['default', '1']) {
    const args = ['scripts/quote.mjs', '--jsonl', ...(threads === '1' ? ['--threads', '1'] : [])];
    const times: number[] = [];
    let status: number | null = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const input = openSync(file, 'r');
      const start = performance.now();
      status = spawnSync(process.execPath, args, { stdio: [input, 'ignore', 'inherit'] }).status;
      times.push((performance.now() - start) / 1000);
      closeSync(input);
    }
    const seconds = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const label = threads === '1' ? 'one thread' : 'worker threads, one per core';
    console.log(
      `cli     quote --jsonl, ${fmt(LINES)} lines (${mb.toFixed(0)} MB), ${label}: ${fmt(LINES / seconds)} lines/s` +
        ` (median of ${RUNS}: ${seconds.toFixed(2)} s end to end, runs ${times.map((t) => t.toFixed(2)).join(' / ')} s, exit ${status}; target ≥ 200,000 lines/s)`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

const only = process.argv[2];
if (!only || only === 'engine') engineFigures();
if (!only || only === 'cli') jsonlFigures();
if (!only || only === 'web') await webFigures();
