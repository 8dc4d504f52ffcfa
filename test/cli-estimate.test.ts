/**
 * `npm run --silent quote -- --estimate FILE [--json]` (SPEC §9): the real command on estimate
 * files, exact decimal strings, and every kind of bad input with its exit status (README
 * "Command line": 2 for flags, and a file that cannot be opened; 1 for an estimate that was read
 * but refused).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './helpers/cli';
import { recordOf, SPEC_EXAMPLE } from './helpers/estimates';

const SPEC_FILE = 'test/fixtures/estimates/spec-example.json';
const YEAR_FILE = 'test/fixtures/estimates/mixed-year.json';
const dir = mkdtempSync(join(tmpdir(), 'kling-estimates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file in the temporary directory with this text (or this estimate, as JSON). */
function file(name: string, content: string | Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const estimate = (path: string, ...flags: string[]) => runCli(['--estimate', path, '--as-of', '2026-11-30', ...flags]);

describe('--estimate FILE --json', () => {
  it('prints SPEC §9’s example with SPEC’s keys and exact decimal strings, as the engine does', () => {
    const run = estimate(SPEC_FILE, '--json');
    expect([run.status, run.stderr]).toEqual([0, '']);
    const [out] = jsonLines(run.stdout);
    expect(out).toEqual(JSON.parse(JSON.stringify(recordOf(SPEC_EXAMPLE))));
    expect(out).toMatchObject({
      customer: 'Acme',
      months: 3,
      discount_pct: '10',
      package: 'cheapest',
      month: { internal_usd: '7800.00', customer_usd: '7020.00', vendor_units: '61000', vendor_usd: '7770.00' },
      period: { customer_usd: '21060.00', vendor_units: '183000', vendor_usd: '23310.00', margin_usd: '-2250.00' },
      packages: [
        { id: 'package-1', count: 1 },
        { id: 'package-2', count: 1 },
        { id: 'package-3', count: 2 },
      ],
      packages_usd: '23310.00',
      units_bought: '195000',
      units_used: '183000',
      units_forfeited: '12000',
    });
  });

  it.each([
    // package, month's vendor, period's vendor, period's margin
    ['package-2', '15186.4755', '182237.706', '462.294'],
    ['cheapest', '14277.665833', '171331.99', '11368.01'],
    ['list', '16869.195', '202430.34', '-19730.34'],
  ])('12 months of clips and services at %s', (pkg, monthVendor, periodVendor, periodMargin) => {
    const year = JSON.parse(readFileSync(YEAR_FILE, 'utf8')) as Record<string, unknown>;
    const [out] = jsonLines(estimate(file(`year-${pkg}.json`, { ...year, package: pkg }), '--json').stdout);
    expect(out.month).toMatchObject({ internal_usd: '17400.00', customer_usd: '15225.00', vendor_usd: monthVendor });
    expect(out.period).toMatchObject({ customer_usd: '182700.00', vendor_usd: periodVendor, margin_usd: periodMargin });
    expect(out.packages).toMatchObject([
      { id: 'trial-1000', count: 1 },
      { id: 'package-1', count: 3 },
      { id: 'package-2', count: 3 },
      { id: 'package-3', count: 21 },
    ]);
    expect([out.packages_usd, out.units_bought, out.units_used, out.units_forfeited]).toEqual([
      '170827.99',
      '1486000',
      '1442331',
      '43669',
    ]);
  });
});

describe('--estimate FILE as text', () => {
  it('is what the README shows', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /--estimate acme\.json --as-of 2026-11-30\n```\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(estimate(SPEC_FILE).stdout);
  });

  it('is a table with grouped counts and totals, the packages and the notes', () => {
    const run = estimate(SPEC_FILE);
    expect(run.status).toBe(0);
    const text = run.stdout;
    expect(text).toContain('Estimate for Acme: 3 months, 10% off our price, package cheapest');
    expect(text).toContain('1. Hero showcase: 5,000 clips a month of kling-v3, pro, 10 s, 1080p, image, audio');
    expect(text).toMatch(/Hero showcase +5,000 +\$7,800\.00 +\$7,020\.00 +60,000 +\$7,642\.62 +-\$622\.62 +-8\.9%/);
    expect(text).toMatch(/Total +\$7,800\.00 +\$7,020\.00 +61,000 +\$7,770\.00 +-\$750\.00 +-10\.7%/);
    expect(text).toMatch(/Total +\$23,400\.00 +\$21,060\.00 +183,000 +\$23,310\.00 +-\$2,250\.00 +-10\.7%/);
    expect(text).toContain('2 × Package 3, 60,000 units ($6,720, 20% off)');
    expect(text).toContain('$23,310.00: 195,000 units bought, 183,000 used, 12,000 expire unused');
    expect(text).toContain('! Lip-sync: no internal price');
  });
});

describe('bad flags: status 2, on stderr, before any file is read', () => {
  it.each([
    [['--estimate', join(dir, 'missing.json')], 'no such file'],
    [['--estimate', dir], 'is not a file'],
    [['--estimate'], "Option '--estimate' argument is ambiguous"],
    [['--estimate', SPEC_FILE, '--model', 'kling-v3'], '--model cannot be used with --estimate'],
    [['--estimate', SPEC_FILE, '--package', 'list'], '--package cannot be used with --estimate'],
    [['--estimate', SPEC_FILE, '--jsonl'], '--jsonl cannot be used with --estimate'],
    [['--estimate', SPEC_FILE, '--threads', '2'], '--threads cannot be used with --estimate: it is for --jsonl'],
    [['--estimate', SPEC_FILE, '--as-of', '2026-02-30'], '--as-of must be a date'],
    [['--estimate', SPEC_FILE, '--estimate', SPEC_FILE], '--estimate is given twice'],
  ])('%j', (args, message) => {
    const run = runCli([...args, '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('reads --rate-cards and --as-of', () => {
    const run = runCli(['--estimate', SPEC_FILE, '--rate-cards', 'rate-cards', '--as-of', '2026-11-30', '--json']);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)[0].as_of).toBe('2026-11-30');
  });
});

describe('a bad estimate file: status 1, every problem named by its field', () => {
  const spec = SPEC_EXAMPLE;
  const [hero, lipSync] = spec.lines as Array<Record<string, unknown>>;
  const heroRequest = hero.request as Record<string, unknown>;
  it.each<[string, string | Record<string, unknown>, string]>([
    ['malformed JSON', '{"customer": "Acme", "months": 3,', 'the estimate is not valid JSON'],
    ['months 0', { ...spec, months: 0 }, 'months: must be a whole number of months from 1 to 12, got 0'],
    ['months 13', { ...spec, months: 13 }, 'months: must be a whole number of months from 1 to 12, got 13'],
    ['discount 101', { ...spec, discount_pct: '101' }, 'discount_pct: must be a percentage from 0 to 100'],
    ['negative clips', { ...spec, lines: [{ ...hero, clips_per_month: -5 }] }, 'lines[0].clips_per_month: must be'],
    [
      'an unknown model',
      { ...spec, lines: [{ ...hero, request: { ...heroRequest, model: 'kling-v9' } }] },
      'lines[0].request.model: unknown model "kling-v9": no loaded card prices it',
    ],
    [
      'an unknown service',
      { ...spec, lines: [hero, { ...lipSync, service: 'lip-sink' }] },
      'lines[1].service: no service "lip-sink"',
    ],
    ['an unknown package', { ...spec, package: 'package-9' }, 'package: no package "package-9" (one of: cheapest'],
    ['an unknown field', { ...spec, discount: '10' }, 'discount: is not a field of an estimate'],
  ])('%s', (name, content, message) => {
    const path = file(`${name.replace(/ /g, '-')}.json`, content);
    const text = estimate(path);
    expect([text.status, text.stdout]).toEqual([1, '']);
    expect(text.stderr).toContain(`error: the estimate ${JSON.stringify(path)} was refused:\n  `);
    expect(text.stderr).toContain(message);
    // With --json the same problems are a JSON object on stdout.
    const json = estimate(path, '--json');
    expect(json.status).toBe(1);
    const [out] = jsonLines(json.stdout);
    expect(out).toMatchObject({ ok: false, as_of: '2026-11-30' });
    expect(String(out.error)).toContain(message);
    expect(out.errors).toEqual(expect.arrayContaining([expect.objectContaining({ message: expect.any(String) })]));
  });

  it('refuses a huge file without reading it', () => {
    mkdirSync(join(dir, 'big'), { recursive: true });
    const path = file('big/huge.json', `{"customer": "${'x'.repeat(2_000_000)}"}`);
    const run = estimate(path);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: the estimate file is 2,000,016 bytes; the most read is 1,000,000');
    const [out] = jsonLines(estimate(path, '--json').stdout);
    expect(out).toMatchObject({ ok: false, error: 'the estimate file is 2,000,016 bytes; the most read is 1,000,000' });
  });
});
