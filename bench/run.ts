/**
 * `npm run bench`: speed figures, printed, never asserted (a slow machine is not a bug).
 * - the engine in-process: quotes per second, on distinct requests and on a repeated mix;
 * - `quote --jsonl` end to end on 1,000,000 generated envelope lines, repetitive and distinct,
 *   each against a bare loop that only parses and re-serializes the same lines (≤ 1.5×);
 * - the web app: initial JavaScript (gzip), keystroke → price, Lighthouse mobile performance.
 * - `reprice` (SPEC §11) against `--jsonl` on the same distinct lines, JSON Lines and Parquet,
 *   with the peak memory of each (bench/reprice.ts);
 * BENCH_LINES overrides the line count, BENCH_RUNS the runs of each --jsonl figure;
 * `npm run bench -- web` (or engine, cli, reprice) runs one part.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCardSet } from '../src/cli/load-cards';
import { parseEnvelope, quote, type CardSet, type QuoteRequest } from '../src/engine';
import { clipEnvelope, createRandom, distinctEnvelope, randomEnvelope } from './envelopes';
import { repriceFigures } from './reprice';
import { webFigures } from './web';

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Quotes per second on one core, in this process, over a list of parsed requests. */
function quotesPerSecond(set: CardSet, requests: readonly QuoteRequest[]): number {
  const start = performance.now();
  for (const r of requests) quote(r, set);
  return requests.length / ((performance.now() - start) / 1000);
}

function parsedRequests(
  make: (random: () => number, i: number) => Record<string, unknown>,
  seed: number,
  count: number,
) {
  const random = createRandom(seed);
  const requests: QuoteRequest[] = [];
  for (let i = 0; requests.length < count; i += 1) {
    const parsed = parseEnvelope(make(random, i));
    if (parsed.ok) requests.push(parsed.request);
  }
  return requests;
}

function engineFigures() {
  const loaded = loadCardSet();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  // Distinct (SPEC §7): every request a new combination, fractional durations, all input shapes.
  const distinct = parsedRequests(distinctEnvelope, 3, 200_000);
  const mix = parsedRequests((random) => randomEnvelope(random), 7, 200_000);
  quotesPerSecond(loaded.set, distinct.slice(0, 20_000)); // warm up the JIT, not a cache: there is none
  console.log(
    `engine  quote(), distinct requests, one core: ${fmt(quotesPerSecond(loaded.set, distinct))} quotes/s (target ≥ 100,000)`,
  );
  console.log(`engine  quote(), realistic mix, one core:     ${fmt(quotesPerSecond(loaded.set, mix))} quotes/s`);
}

/** Writes `lines` generated envelopes to a file, one JSON object a line. */
function writeCorpus(file: string, make: (random: () => number, i: number) => Record<string, unknown>, seed: number) {
  const fd = openSync(file, 'w');
  const random = createRandom(seed);
  let chunk = '';
  for (let i = 0; i < LINES; i += 1) {
    chunk += `${JSON.stringify(make(random, i))}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

/** The median wall time of RUNS runs of `args` on `file` (a shared machine's speed varies from run to run). */
function medianSeconds(args: string[], file: string): { seconds: number; runs: number[]; status: number | null } {
  const runs: number[] = [];
  let status: number | null = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const input = openSync(file, 'r');
    const start = performance.now();
    status = spawnSync(process.execPath, args, { stdio: [input, 'ignore', 'inherit'] }).status;
    runs.push((performance.now() - start) / 1000);
    closeSync(input);
  }
  return { seconds: [...runs].sort((a, b) => a - b)[Math.floor(RUNS / 2)], runs, status };
}

/**
 * `--jsonl` end to end on a repetitive corpus (as real logs are) and on two distinct ones (no
 * two requests alike: durations up to an hour, and clips of 1–15 s), each against the bare loop
 * that only parses and re-serializes the same lines (`bench/bare-loop.mjs`). SPEC §7: within
 * 1.5× of that loop on each.
 */
function jsonlFigures() {
  const dir = mkdtempSync(join(tmpdir(), 'kling-bench-'));
  const corpora = [
    {
      name: 'repetitive',
      file: join(dir, 'repetitive.jsonl'),
      make: (random: () => number) => randomEnvelope(random),
      seed: 1,
    },
    { name: 'distinct', file: join(dir, 'distinct.jsonl'), make: distinctEnvelope, seed: 3 },
    { name: 'distinct clips (1–15 s)', file: join(dir, 'clips.jsonl'), make: clipEnvelope, seed: 5 },
  ];
  for (const corpus of corpora) {
    writeCorpus(corpus.file, corpus.make, corpus.seed);
    const mb = statSync(corpus.file).size / 1e6;
    const bare = medianSeconds(['bench/bare-loop.mjs'], corpus.file);
    console.log(
      `cli     bare parse-and-print loop, ${fmt(LINES)} ${corpus.name} lines (${mb.toFixed(0)} MB): ${fmt(LINES / bare.seconds)} lines/s (${bare.seconds.toFixed(2)} s)`,
    );
    for (const threads of ['default', '1']) {
      const args = ['scripts/quote.mjs', '--jsonl', ...(threads === '1' ? ['--threads', '1'] : [])];
      const { seconds, runs, status } = medianSeconds(args, corpus.file);
      const label = threads === '1' ? 'one thread' : 'worker threads, one per core';
      console.log(
        `cli     quote --jsonl, ${corpus.name}, ${label}: ${fmt(LINES / seconds)} lines/s, ${(seconds / bare.seconds).toFixed(2)}× the bare loop` +
          ` (median of ${RUNS}: ${seconds.toFixed(2)} s, runs ${runs.map((t) => t.toFixed(2)).join(' / ')} s, exit ${status}; target ≤ 1.5×)`,
      );
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

const only = process.argv[2];
if (!only || only === 'engine') engineFigures();
if (!only || only === 'cli') jsonlFigures();
if (!only || only === 'reprice') await repriceFigures();
if (!only || only === 'web') await webFigures();
