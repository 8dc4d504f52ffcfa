/**
 * SPEC §8 from the command line: a copy of `rate-cards/` with a second version of the internal
 * card (made here, never shipped), rows on both sides of its date, and charges right and wrong.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'kling-cards-'));
cpSync('rate-cards', dir, { recursive: true });
const internal = JSON.parse(readFileSync(join(dir, 'internal.2026-11-21.json'), 'utf8')) as Record<string, unknown>;
const multipliers = internal.modelMultipliers as Record<string, string>;
writeFileSync(
  join(dir, 'internal.2027-01-01.json'),
  JSON.stringify({ ...internal, version: '2027-01-01', modelMultipliers: { ...multipliers, 'kling-v3': '1.5' } }),
);
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: string[] };
writeFileSync(join(dir, 'index.json'), JSON.stringify({ files: [...index.files, 'internal.2027-01-01.json'] }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (fields: Record<string, unknown>) => JSON.stringify({ model_name: 'kling-v3', duration: 5, ...fields });
const rows = [
  row({ created_at: '2026-12-31T23:59:59Z', charged_usd: '0.33' }), // old card, right
  row({ created_at: 1798761600000, charged_usd: '0.38' }), // 2027-01-01T00:00Z: new card, right
  row({ created_at: '2027-01-02', charged_usd: '0.33' }), // new card, charged on the old one
  row({ created_at: '2026-12-01', resolution: '1080p', charged_usd: '0.49' }), // the 720p rule not applied
  row({ model_name: 'kling-v2-6', input_type: 'multi-image', duration: 10, charged_usd: '0.57' }), // a double
  row({ created_at: '2026-12-01', charged_usd: '0.77' }), // no rule
  row({}), // nothing to check
  row({ created_at: '2026-01-01', charged_usd: '0.33' }), // before the oldest version
];

describe('npm run quote -- --jsonl checks what was charged (SPEC §8)', () => {
  const run = runCli(['--jsonl', '--rate-cards', dir, '--as-of', '2026-12-10'], `${rows.join('\n')}\n`);
  const out = jsonLines(run.stdout);
  const reconcile = (i: number) => out[i].reconcile as Record<string, unknown>;

  it('prices each row as of its created_at, or the chosen date, and says which', () => {
    expect(out.map((r) => r.as_of)).toEqual([
      '2026-12-31T23:59:59Z',
      '2027-01-01T00:00:00Z',
      '2027-01-02',
      '2026-12-01',
      '2026-12-10',
      '2026-12-01',
      '2026-12-10',
      '2026-01-01',
    ]);
    expect(out.slice(0, 3).map((r) => (r.internal as { card: string }).card)).toEqual([
      'internal@2026-11-21',
      'internal@2027-01-01',
      'internal@2027-01-01',
    ]);
  });

  it('matches right charges and names the cause of wrong ones', () => {
    expect(reconcile(0)).toEqual({
      status: 'match',
      charged_usd: '0.33',
      expected_usd: '0.33',
      difference_usd: '0.00',
      cause: null,
      cause_code: null,
      cause_card: null,
    });
    expect(reconcile(1)).toMatchObject({ status: 'match', expected_usd: '0.38' });
    expect(reconcile(2)).toEqual({
      status: 'mismatch',
      charged_usd: '0.33',
      expected_usd: '0.38',
      difference_usd: '-0.05',
      cause: 'another card version: internal@2026-11-21 gives $0.33',
      cause_code: 'card-version',
      cause_card: 'internal@2026-11-21',
    });
    expect(reconcile(3)).toMatchObject({ difference_usd: '0.16', cause_code: 'resolution-honored' });
    expect(reconcile(4)).toMatchObject({ expected_usd: '0.58', difference_usd: '-0.01', cause_code: 'floating-point' });
    expect(reconcile(5)).toMatchObject({ difference_usd: '0.44', cause: 'no known rule gives $0.77' });
    expect(out[6]).not.toHaveProperty('reconcile');
  });

  it('refuses a row from before the oldest card, and exits 1 for a mismatch or a failure', () => {
    expect(out[7]).toEqual({
      ok: false,
      line: 8,
      as_of: '2026-01-01',
      error: 'no version of "internal" is in force on 2026-01-01: its oldest takes effect on 2026-11-21',
    });
    expect(run.status).toBe(1);
    const clean = runCli(['--jsonl', '--rate-cards', dir], `${rows[0]}\n${rows[6]}\n`);
    expect(clean.status).toBe(0);
    const mismatchOnly = runCli(['--jsonl', '--rate-cards', dir], `${rows[5]}\n`);
    expect(mismatchOnly.status).toBe(1);
    expect(jsonLines(mismatchOnly.stdout)[0].ok).toBe(true);
  });

  it('prices one quote as of --as-of, and refuses a date that is not one', () => {
    const single = (asOf: string) =>
      runCli(['--model', 'kling-v3', '--duration', '5', '--json', '--rate-cards', dir, '--as-of', asOf]);
    expect(jsonLines(single('2026-12-31').stdout)[0]).toMatchObject({ as_of: '2026-12-31', internal: { usd: '0.33' } });
    expect(jsonLines(single('2027-01-01').stdout)[0]).toMatchObject({ as_of: '2027-01-01', internal: { usd: '0.38' } });
    const bad = single('2027-02-30');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --as-of must be a date written YYYY-MM-DD (UTC), got "2027-02-30"\n');
  });
});
