/**
 * `npm run golden`: the command line's `--jsonl` output, fingerprinted, on three corpora (the
 * bench's 1,000,000 repetitive lines, 200,000 distinct lines, and the oracle's ten thousand),
 * each with and without `--honor-resolution`, compared with `test/fixtures/golden-jsonl.json`.
 * A refactor must leave every fingerprint as it was. `--write` records new fingerprints (after a
 * change meant to alter the output, said in its commit); GOLDEN_CLI runs another checkout's CLI.
 * GOLDEN_LINES shrinks the bench corpora (the recorded file is for the full sizes).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom, distinctEnvelope, randomEnvelope } from '../bench/envelopes';
import { generate, oracleLines } from '../test/helpers/oracle-corpus';

const FIXTURE = 'test/fixtures/golden-jsonl.json';
const CLI = process.env.GOLDEN_CLI ?? 'scripts/quote.mjs';
const SCALE = Number(process.env.GOLDEN_LINES ?? 1);

function corpus(file: string, lines: Iterable<string>): void {
  const fd = openSync(file, 'w');
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

function* generated(count: number, make: (random: () => number, i: number) => Record<string, unknown>, seed: number) {
  const random = createRandom(seed);
  for (let i = 0; i < count; i += 1) yield JSON.stringify(make(random, i));
}

/** The output's hash and line count, streamed (a million lines of output do not fit in a buffer). */
function fingerprint(file: string, flags: string[]): Promise<string> {
  const input = openSync(file, 'r');
  // A fixed date: every line states the date it was priced as of.
  const child = spawn(process.execPath, [CLI, '--jsonl', '--as-of', '2026-11-30', ...flags], {
    stdio: [input, 'pipe', 'inherit'],
  });
  const hash = createHash('sha256');
  let lines = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  });
  return new Promise((resolve) =>
    child.on('close', (status) => {
      closeSync(input);
      resolve(`sha256:${hash.digest('hex')} lines:${lines} exit:${status}`);
    }),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'kling-golden-'));
const corpora: Record<string, () => Iterable<string>> = {
  'bench-repetitive': () => generated(Math.round(1_000_000 * SCALE), (random) => randomEnvelope(random), 1),
  'bench-distinct': () => generated(Math.round(200_000 * SCALE), distinctEnvelope, 3),
  oracle: () => oracleLines(generate(10_000)).lines,
};

const prints: Record<string, string> = {};
for (const [name, lines] of Object.entries(corpora)) {
  const file = join(dir, `${name}.jsonl`);
  corpus(file, lines());
  for (const flags of [[], ['--honor-resolution']]) {
    const key = `${name}${flags.length ? ' --honor-resolution' : ''}`;
    prints[key] = await fingerprint(file, flags);
    console.log(`${key}: ${prints[key]}`);
  }
}
rmSync(dir, { recursive: true, force: true });

if (process.argv.includes('--write')) {
  writeFileSync(FIXTURE, `${JSON.stringify(prints, null, 2)}\n`);
  console.log(`written: ${FIXTURE}`);
} else {
  const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, string>;
  const differ = Object.keys(prints).filter((key) => recorded[key] !== prints[key]);
  console.log(differ.length === 0 ? 'golden: every output as recorded' : `golden: DIFFERENT: ${differ.join(', ')}`);
  process.exitCode = differ.length === 0 ? 0 : 1;
}
