/**
 * `npm run reprice` (SPEC §11) as a user runs it: JSON Lines, CSV and Parquet in and out, each
 * answer equal to `--jsonl`'s; the summary; `--emit-sql` run unchanged in DuckDB; and clear
 * refusals of a missing file, an unknown format and a bad flag.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './helpers/cli';
import { generate, oracleLines } from './helpers/oracle-corpus';
import { hardLines } from './helpers/reprice-cases';
import { comparable, duckConnection, loadEnvelopes, withoutCauses, type Line } from './helpers/reprice-sql';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reprice-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const AS_OF = ['--as-of', '2026-11-30'];

function reprice(args: readonly string[]) {
  const run = spawnSync(process.execPath, ['scripts/reprice.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sameAs = (got: readonly Line[], want: readonly Line[]) =>
  expect(got.map((l) => JSON.stringify(comparable(l)))).toEqual(want.map((l) => JSON.stringify(comparable(l))));

/** Rows of a Parquet or CSV file, read back by DuckDB. */
async function rowsOf(file: string, reader: 'read_parquet' | 'read_csv'): Promise<Line[]> {
  const c = await duckConnection();
  const options = reader === 'read_csv' ? ', all_varchar = true' : '';
  const result = await c.runAndReadAll(`SELECT * FROM ${reader}('${file}'${options}) ORDER BY line`);
  return result.getRowObjectsJson() as Line[];
}

describe('npm run reprice', () => {
  const lines = [...hardLines(), ...oracleLines(generate(2000)).lines];
  writeFileSync(at('in.jsonl'), `${lines.join('\n')}\n`);

  it.each([[[]], [['--honor-resolution']]])('JSON Lines in and out equal --jsonl (flags %j)', (flags) => {
    const run = reprice(['--in', at('in.jsonl'), '--out', at('out.jsonl'), ...AS_OF, ...flags]);
    expect(run.status).toBe(1);
    const want = runCli(['--jsonl', ...AS_OF, ...flags], lines.join('\n')).stdout;
    // Byte for byte: a line that is not JSON too, refused in the JavaScript parser's own words.
    expect(readFileSync(at('out.jsonl'), 'utf8')).toBe(want);
    expect(jsonLines(want).filter((l) => String(l.error).startsWith('not valid JSON:')).length).toBeGreaterThan(3);
  });

  it('prints the summary: rows, refused, totals', () => {
    const small = ['{"model_name":"kling-v3","duration":5.2,"mode":"pro","image":"a"}', 'null', '', '{"x":1}'];
    writeFileSync(at('small.jsonl'), `${small.join('\n')}\n`);
    const run = reprice(['--in', at('small.jsonl'), '--out', at('small-out.jsonl'), ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/reprice: 4 rows, 3 refused, 1 priced/);
    expect(run.stderr).toContain('internal: $0.94 charged');
    expect(run.stderr).toContain('vendor:   $0.56 on 1 rows with a vendor cost');
  });

  it('checks charges as --jsonl does: reconcile with causes, exit status 1 on a mismatch, the summary', async () => {
    const row = (fields: object) => JSON.stringify({ model_name: 'kling-v3', duration: 5, ...fields });
    const charged = [
      row({ charged_usd: '0.33', final_unit_deduction: 3 }),
      row({ resolution: '1080p', charged_usd: '0.49' }),
      row({ model_name: 'kling-v2-6', input_type: 'multi-image', duration: 10, charged_usd: '0.57' }),
      row({ charged_usd: '0.77', final_unit_deduction: '3' }),
      row({}),
    ];
    writeFileSync(at('charged.jsonl'), `${charged.join('\n')}\n`);
    const run = reprice(['--in', at('charged.jsonl'), '--out', at('charged-out.jsonl'), ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('reprice: 5 rows, 0 refused, 5 priced');
    expect(run.stderr).toContain('charges:  4 checked, 3 mismatched');
    const want = jsonLines(runCli(['--jsonl', ...AS_OF], charged.join('\n')).stdout);
    const got = jsonLines(readFileSync(at('charged-out.jsonl'), 'utf8'));
    sameAs(got, want);
    expect((got[1].reconcile as Record<string, unknown>).cause_code).toBe('resolution-honored');
    // Parquet out carries the same reconcile, as JSON text.
    expect(reprice(['--in', at('charged.jsonl'), '--out', at('charged.parquet'), ...AS_OF]).status).toBe(1);
    const rows = await rowsOf(at('charged.parquet'), 'read_parquet');
    expect(rows.map((r) => (r.reconcile === null ? undefined : JSON.parse(String(r.reconcile))))).toEqual(
      want.map((w) => w.reconcile),
    );
    expect(rows.map((r) => r.reconcile_status)).toEqual(['match', 'mismatch', 'mismatch', 'mismatch', null]);
    // All charges right: status 0.
    writeFileSync(at('right.jsonl'), `${charged[0]}\n${charged[4]}\n`);
    expect(reprice(['--in', at('right.jsonl'), '--out', at('right-out.jsonl'), ...AS_OF]).status).toBe(0);
  });

  it('Parquet in and out: typed columns, a DOUBLE duration read exactly (5.0000001 s is 6 s)', async () => {
    const c = await duckConnection();
    const envelopes = [
      { model_name: 'kling-v3', duration: 5.0000001, mode: 'pro', resolution: '1080p' },
      { model_name: 'kling-video-o1', duration: 10, mode: 'pro', resolution: null },
      { model_name: 'kling-v1', duration: 7.5, mode: 'std', resolution: '720p' },
      { model_name: 'kling-v3', duration: 0, mode: 'std', resolution: '720p' },
    ];
    await loadEnvelopes(
      c,
      envelopes.map((e) => JSON.stringify(e)),
    );
    const parquet = at('in.parquet');
    await c.run(`COPY (SELECT envelope->>'model_name' AS model_name, CAST(envelope->>'duration' AS DOUBLE) AS duration,
      envelope->>'mode' AS mode, envelope->>'resolution' AS resolution FROM envelopes ORDER BY line)
      TO '${parquet}' (FORMAT parquet)`);
    const run = reprice(['--in', parquet, '--out', at('out.parquet'), ...AS_OF]);
    expect(run.status, run.stderr).toBe(1);
    const rows = await rowsOf(at('out.parquet'), 'read_parquet');
    const want = jsonLines(runCli(['--jsonl', ...AS_OF], envelopes.map((e) => JSON.stringify(e)).join('\n')).stdout);
    expect(rows.map((r) => [r.ok, r.billed_seconds, r.internal_usd, r.vendor_usd, r.error ?? null])).toEqual(
      want.map((w) => {
        const internal = w.internal as Record<string, unknown> | undefined;
        const vendor = w.vendor as Record<string, unknown> | null | undefined;
        return [w.ok, internal?.billed_seconds ?? null, internal?.usd ?? null, vendor?.usd ?? null, w.error ?? null];
      }),
    );
    expect(rows[0].billed_seconds).toBe(6);
    // And back: the Parquet file in, JSON Lines out.
    expect(reprice(['--in', parquet, '--out', at('from-parquet.jsonl'), ...AS_OF]).status).toBe(1);
    sameAs(jsonLines(readFileSync(at('from-parquet.jsonl'), 'utf8')), want);
  });

  it('CSV in and out: cells as the web page reads them (empty absent, [ starts JSON)', async () => {
    const csv = [
      'model_name,duration,mode,resolution,image_list,generate_audio',
      'kling-v3,5.5,pro,4k,,true',
      'kling-video-o1,"7.5",std,,"[""a"",""b""]",false',
      'kling-v3,abc,std,720p,,',
    ].join('\n');
    writeFileSync(at('in.csv'), `${csv}\n`);
    const run = reprice(['--in', at('in.csv'), '--out', at('out.csv'), ...AS_OF]);
    expect(run.status, run.stderr).toBe(1);
    const rows = await rowsOf(at('out.csv'), 'read_csv');
    const envelopes = [
      { model_name: 'kling-v3', duration: '5.5', mode: 'pro', resolution: '4k', generate_audio: true },
      { model_name: 'kling-video-o1', duration: '7.5', mode: 'std', image_list: ['a', 'b'], generate_audio: false },
      { model_name: 'kling-v3', duration: 'abc', mode: 'std', resolution: '720p' },
    ];
    const want = jsonLines(runCli(['--jsonl', ...AS_OF], envelopes.map((e) => JSON.stringify(e)).join('\n')).stdout);
    expect(rows.map((r) => [r.line, r.input_type ?? null, r.internal_usd ?? null, r.error ?? null])).toEqual(
      want.map((w) => [
        String(w.line),
        w.input_type ?? null,
        (w.internal as Record<string, unknown> | undefined)?.usd ?? null,
        w.error ?? null,
      ]),
    );
  });

  it('--emit-sql prints SQL that runs unchanged in DuckDB and answers as --jsonl', async () => {
    const run = reprice(['--emit-sql', ...AS_OF]);
    expect(run.status).toBe(0);
    const c = await duckConnection();
    await loadEnvelopes(c, lines);
    const result = await c.runAndReadAll(`SELECT json FROM (${run.stdout.trim().replace(/;$/, '')})`);
    const got = result.getRows().map((r) => JSON.parse(String(r[0])) as Line);
    // The SQL alone leaves the cause of a mismatched charge null (reprice asks the engine for it).
    sameAs(got, jsonLines(runCli(['--jsonl', ...AS_OF], lines.join('\n')).stdout).map(withoutCauses));
    for (const [dialect, word] of [
      ['spark', 'variant_get'],
      ['bigquery', 'JSON_QUERY'],
    ]) {
      const other = reprice(['--emit-sql', '--dialect', dialect]);
      expect(other.status).toBe(0);
      expect(other.stdout).toContain(word);
    }
  });

  it.each([
    [['--in', 'nope.jsonl', '--out', 'x.jsonl'], '--in nope.jsonl: no such file'],
    [['--in', 'package.json', '--out', 'x.txt'], 'cannot tell the format of package.json'],
    [['--in', 'package.json', '--out', 'x.jsonl', '--in-format', 'xml'], '--in-format must be one of'],
    [['--in', at('in.jsonl'), '--out', at('x.jsonl'), '--as-of', '2026-13-01'], '--as-of must be a date'],
    [['--in', at('in.jsonl'), '--out', at('x.jsonl'), '--vendor-card', 'nope'], '--vendor-card must be one of'],
    [['--in', at('in.jsonl'), '--out', at('in.jsonl')], '--out must not be the --in file'],
    [['--in', 'package.json', '--out', 'x.jsonl', '--jsonl'], "Unknown option '--jsonl'"],
    [['--in', 'package.json'], 'give both --in FILE and --out FILE'],
    [['--dialect', 'spark'], '--dialect is only for --emit-sql'],
  ])('refuses %j: status 2 and the reason', (args, message) => {
    const run = reprice(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('refuses a rate-card folder with a broken card, as the quote command does, naming the file', () => {
    const cards = join(dir, 'broken-cards');
    mkdirSync(cards);
    writeFileSync(join(cards, 'internal.2026-11-21.json'), '{"id": "internal"}');
    const args = ['--rate-cards', cards];
    const run = reprice(['--in', at('in.jsonl'), '--out', at('x.jsonl'), ...args]);
    const quote = runCli(['--model', 'kling-v3', '--duration', '5', ...args]);
    for (const r of [run, quote]) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^error: a rate card was refused:\n {2}rate-cards\/internal\.2026-11-21\.json/);
    }
    expect(run.stderr).toBe(quote.stderr);
  });
});
