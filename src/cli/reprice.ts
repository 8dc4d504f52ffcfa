/**
 * `npm run --silent reprice -- --in FILE --out FILE` (SPEC §11): the rate cards compiled to SQL
 * and run by DuckDB in this process, no server. DuckDB streams the rows and holds memory to
 * its limit (spilling to a temporary directory beyond it); the summary goes to stderr, and
 * progress too when stderr is a terminal. `--emit-sql` prints the SQL instead.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { compileRepriceSql, EMPTY_LINE_ERROR, quote, utcDate, type CardSet, type RepriceSqlOptions } from '../engine';
import { checkFlags } from './check-flags';
import { literalPath } from './duckdb-path';
import { loadCardSet, refusedCardsText } from './load-cards';
import { parseRepriceArgs, REPRICE_USAGE, type RepriceOptions } from './reprice-args';
import { fillFromEngine } from './reprice-causes';
import { loadInput } from './reprice-input';
import { summarize, summaryText, writeOutput } from './reprice-output';
import { outputProblem, wholeOutput } from './whole-file';

function refuse(message: string, usage = false): number {
  process.stderr.write(`error: ${message}\n${usage ? `\n${REPRICE_USAGE}\n` : ''}`);
  return 2;
}

/** What a run needs before it reads anything: the cards hold, the flags hold, the files are there. */
function check(options: RepriceOptions, set: CardSet): string | null {
  const badFlag = checkFlags(options.shared, set);
  if (badFlag) return badFlag;
  const { shared } = options;
  const sample = { model: 'kling-v3', mode: 'std', durationSeconds: 5, resolution: '720p', inputType: 'text' } as const;
  const probe = quote({ ...sample, audio: false }, set, {
    honorResolution: shared.honorResolution,
    vendorCardId: shared.vendorCard,
    packageId: shared.package,
  });
  if (!probe.ok) return probe.error;
  if (options.emitSql) return null;
  const input = options.in ?? '';
  if (!existsSync(input)) return `--in ${input}: no such file`;
  if (!statSync(input).isFile()) return `--in ${input}: not a file`;
  if (resolve(input) === resolve(options.out ?? '')) return '--out must not be the --in file';
  return outputProblem(options.out ?? '');
}

function progressLine(): (text: string) => void {
  if (!process.stderr.isTTY) return () => undefined;
  let last = 0;
  return (text) => {
    const now = Date.now();
    if (now - last < 200 && text !== '') return;
    last = now;
    process.stderr.write(`\r\x1b[K${text}`);
  };
}

/**
 * At most this share of classes among the first lines, and pricing by class pays: on lines that
 * are all of different classes it costs more than pricing line by line (decision 79).
 */
const CLASS_SHARE = 0.8;

/** The query for this input: by class when classes repeat among its first lines, else line by line. */
async function compiledFor(c: DuckDBConnection, set: CardSet, options: RepriceSqlOptions) {
  const byClass = compileRepriceSql(set, { ...options, byClass: true });
  const counts = (await c.runAndReadAll(byClass.probe ?? '')).getRows()[0].map(Number);
  const [lines, classes] = counts;
  return lines > 0 && classes <= lines * CLASS_SHARE ? byClass : compileRepriceSql(set, options);
}

async function run(options: RepriceOptions, sql: RepriceSqlOptions & { set: CardSet }): Promise<number> {
  const started = Date.now();
  const temp = mkdtempSync(join(tmpdir(), 'reprice-'));
  const show = progressLine();
  const db = await DuckDBInstance.create(':memory:', {
    memory_limit: options.memoryLimit,
    threads: String(options.threads ?? availableParallelism()),
    temp_directory: temp,
    preserve_insertion_order: 'true',
  });
  const c = await db.connect();
  // Interrupted, a run leaves nothing of its own (spilled rows, a partial output); an earlier output stays.
  const stop = (signal: NodeJS.Signals) => {
    rmSync(temp, { recursive: true, force: true });
    const partial = wholeOutput(options.out ?? '')?.partial;
    if (partial) rmSync(partial, { force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    const inFormat = options.inFormat ?? 'jsonl';
    const read = (lines: number) => show(`reprice: read ${lines.toLocaleString('en-US')} lines`);
    const input = await loadInput(c, literalPath(options.in ?? '', temp), inFormat, read);
    show('reprice: pricing…');
    const outFormat = options.outFormat ?? 'jsonl';
    const from = { input: input.relation, typed: input.typed, readerErrorColumn: 'reader_error', ordered: false };
    // CSV and Parquet carry the fields, not the line: its text is not written at all.
    const compiled = await compiledFor(c, sql.set, { ...sql, ...from, json: outFormat === 'jsonl' });
    // Only what is written and summed is kept: DuckDB then computes nothing else.
    const kept =
      outFormat === 'jsonl'
        ? 'line, ok, error, internal_usd, vendor_usd, reconcile, reconcile_status, json'
        : '* EXCLUDE (json)';
    // Kept in the order the threads finish, and sorted by line as it is written: a sort of the query's
    // rows as they come ran out of memory under a low --memory-limit; one of the stored table spills.
    await c.run(`CREATE TABLE priced AS SELECT ${kept} FROM (${compiled.query})`);
    show('reprice: the causes of mismatched charges…');
    const { honorResolution, vendorCardId, packageId } = sql;
    await fillFromEngine(c, sql.set, sql.asOf, { honorResolution, vendorCardId, packageId }, outFormat === 'jsonl');
    show('reprice: writing…');
    await writeOutput(c, options.out ?? '', outFormat);
    const summary = await summarize(c, compiled.scales.vendor);
    show('');
    process.stderr.write(summaryText(summary, (Date.now() - started) / 1000));
    // As --jsonl: 1 when any line was refused or its charge did not match (every line still answered).
    return summary.refused > 0 || summary.mismatched > 0 ? 1 : 0;
  } catch (error) {
    throw inFlags(error, options);
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    c.closeSync();
    db.closeSync();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** DuckDB's out-of-memory error told in this command's flags: its own advice names SET statements. */
function inFlags(error: unknown, options: RepriceOptions): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.startsWith('Out of Memory Error')) return error;
  const first = message.split('\n')[0];
  // DuckDB says so too when the folder it spills to is full: then memory is not what is short.
  if (message.includes('max_temp_directory_size'))
    return new Error(`${first}\nreprice spills past --memory-limit to ${tmpdir()}: free space there.`);
  const count = options.threads ?? availableParallelism();
  const threads = count === 1 ? 'one thread' : `${count} threads`;
  return new Error(
    `${first}\nreprice needs more memory than --memory-limit ${options.memoryLimit} gives ` +
      `${threads}: raise it (150MB a thread is about the least) or lower --threads.`,
  );
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseRepriceArgs(argv);
  if (!args.ok) return refuse(args.error, true);
  const options = args.options;
  if (options.help) {
    process.stdout.write(`${REPRICE_USAGE}\n`);
    return 0;
  }
  const loaded = loadCardSet(options.shared.rateCards);
  if (!loaded.ok) {
    process.stderr.write(refusedCardsText(loaded.problems));
    return 2;
  }
  const problem = check(options, loaded.set);
  if (problem) return refuse(problem);
  const { shared } = options;
  const sql = {
    set: loaded.set,
    honorResolution: shared.honorResolution,
    asOf: shared.asOf ?? utcDate(Date.now()),
    vendorCardId: shared.vendorCard,
    packageId: shared.package,
    emptyLineError: EMPTY_LINE_ERROR.jsonl,
  };
  if (options.emitSql) {
    const { query } = compileRepriceSql(loaded.set, { ...sql, dialect: options.dialect });
    process.stdout.write(`${emittedHeader(options, sql.asOf)}${query};\n`);
    return 0;
  }
  return run(options, sql);
}

function emittedHeader(options: RepriceOptions, asOf: string): string {
  return [
    `-- Re-pricing (SPEC §11), ${options.dialect}: the rate cards as tables, then one query.`,
    '-- It reads a relation envelopes(line BIGINT, envelope text: one request envelope as JSON) and gives',
    '-- one row per line, in line order: the fields of quote --jsonl, and json, the line --jsonl writes.',
    `-- Lines without created_at are priced as of ${asOf}; honor resolution: ${options.shared.honorResolution}.`,
    '-- The cause of a mismatched charge (reconcile: cause, cause_code, cause_card) is left null: reprice asks',
    '-- the engine for it (README, "Re-pricing on your warehouse").',
    '',
  ].join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
