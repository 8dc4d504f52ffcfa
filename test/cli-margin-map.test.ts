/**
 * `npm run --silent quote -- --margin-map …` (SPEC §10): the real command, its JSON against the
 * engine's `marginMap` (the function the /margins screen calls), its flags, the README's example,
 * and every bad flag with its exit status (2, on stderr; 1 when the cards cannot price the map).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMarginMapRecord } from '../src/engine';
import type { MarginMapOptions } from '../src/engine/planning/margin-map';
import { jsonLines, runCli } from './helpers/cli';
import { mapOf, shipped } from './helpers/margin-map';

const map = (...flags: string[]) => runCli(['--margin-map', '--as-of', '2026-11-30', ...flags]);

function json(...flags: string[]) {
  const run = map(...flags, '--json');
  expect([run.status, run.stderr]).toEqual([0, '']);
  const lines = jsonLines(run.stdout);
  expect(lines).toHaveLength(1);
  return lines[0];
}

/** What the engine says, as JSON text read back. */
const engine = (options: MarginMapOptions) => JSON.parse(JSON.stringify(toMarginMapRecord(mapOf(shipped, options))));

describe('--margin-map --json', () => {
  it('is SPEC §10’s JSON, keys in SPEC’s order then the added ones, as the engine makes it', () => {
    const out = json('--duration', '10');
    expect(out).toEqual(engine({ durationSeconds: 10, targetPct: '30' }));
    expect(Object.keys(out)).toEqual(['cells', 'models', 'duration', 'package', 'target_pct', 'as_of', 'cards']);
    const cells = out.cells as Array<Record<string, unknown>>;
    const models = out.models as Array<Record<string, unknown>>;
    expect(Object.keys(cells[0])).toEqual([
      ...['model', 'mode', 'resolution', 'input', 'audio', 'internal_usd', 'vendor_usd', 'margin_usd', 'margin_pct'],
      'standing',
    ]);
    expect(Object.keys(models[0])).toEqual(['model', 'multiplier_needed', 'name', 'multiplier', 'reason']);
    expect([out.duration, out.package, out.target_pct, out.as_of]).toEqual([10, 'list', '30', '2026-11-30']);
    expect(models.find((m) => m.model === 'kling-v3')).toEqual({
      model: 'kling-v3',
      multiplier_needed: '11.99',
      name: 'Kling 3.0',
      multiplier: '1.3',
      reason: null,
    });
    expect(cells.find((c) => c.model === 'kling-v3' && c.resolution === '4k')).toMatchObject({
      internal_usd: '0.65',
      vendor_usd: '4.20',
      margin_usd: '-3.55',
      margin_pct: '-546.2',
      standing: 'loss',
    });
  });

  it.each<[string[], MarginMapOptions]>([
    [
      ['--duration', '7.5', '--package', 'package-2'],
      { durationSeconds: 7.5, packageId: 'package-2', targetPct: '30' },
    ],
    [['--duration', '5', '--target', '0'], { durationSeconds: 5, targetPct: '0' }],
    [
      ['--duration', '10', '--target', '45.5', '--resolutions', '720p,1080p'],
      {
        durationSeconds: 10,
        targetPct: '45.5',
        resolutions: ['720p', '1080p'],
      },
    ],
    [
      ['--duration', '10', '--resolutions', ' 4k , 480p', '--audio', 'off'],
      {
        durationSeconds: 10,
        targetPct: '30',
        resolutions: ['480p', '4k'],
        audio: false,
      },
    ],
    [
      ['--duration', '5', '--audio=on', '--package', 'trial-100', '--target', '99.99'],
      {
        durationSeconds: 5,
        targetPct: '99.99',
        packageId: 'trial-100',
        audio: true,
      },
    ],
  ])('reads %j as the engine’s options', (flags, options) => {
    expect(json(...flags)).toEqual(engine(options));
  });

  it('says null and why when no multiplier can: the $10.00 clamp', () => {
    const out = json('--duration', '15', '--target', '50');
    const v3 = (out.models as Array<Record<string, unknown>>).find((m) => m.model === 'kling-v3');
    expect(v3?.multiplier_needed).toBeNull();
    expect(v3?.reason).toMatch(/^the \$10\.00 clamp: kling-v3 .* costs \$6\.30 at the vendor/);
  });
});

describe('--margin-map as text', () => {
  it('is what the README shows', () => {
    const readme = readFileSync('README.md', 'utf8');
    const command = 'npm run --silent quote -- --margin-map --duration 5 --resolutions 720p --audio on --target 10 ';
    const shown = new RegExp(`${command}--as-of 2026-11-30\\n\`\`\`\\n\\n\`\`\`text\\n([\\s\\S]*?)\`\`\``).exec(
      readme,
    )?.[1];
    expect(shown).toBe(map('--duration', '5', '--resolutions', '720p', '--audio', 'on', '--target', '10').stdout);
  });

  it('is a table per model marked "below target" and "loss", then the multiplier needed per model', () => {
    const run = map('--duration', '10');
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('Margin map: 10 s, vendor cost at List price ($0.14 a unit), target 30% margin');
    expect(run.stdout).toContain('  Kling 3.0 · kling-v3 (multiplier 1.3, 71 of 80 cells under the target)');
    expect(run.stdout).toMatch(/ std +4k +text +no +\$0\.65 +\$4\.20 +-\$3\.55 +-546\.2% +loss\n/);
    expect(run.stdout).toMatch(/ pro +1080p +video +yes +\$1\.95 +\$1\.68 +\$0\.27 +13\.8% +below target\n/);
    expect(run.stdout).toMatch(/ pro +1080p +video +no +\$1\.95 +\$1\.12 +\$0\.83 +42\.6%\n/);
    expect(run.stdout).toContain('Multiplier needed for a 30% margin on every cell shown');
    expect(run.stdout).toMatch(/ {2}Kling 3\.0 · kling-v3 +1\.3 → 11\.99\n/);
  });
});

const TARGET_RULE = 'must be a margin percentage from 0 to 99.99, such as "30"';
const RESOLUTIONS_RULE = 'must list resolutions from "480p", "720p", "1080p" or "4k", separated by commas';

describe('--margin-map: bad flags are status 2, on stderr, nothing on stdout', () => {
  it.each([
    [['--duration', '0'], '--duration must be a number of seconds > 0 and ≤ 3600, got "0"'],
    [['--duration', '-5'], '--duration must be a number of seconds > 0 and ≤ 3600, got "-5"'],
    [['--duration', 'ten'], '--duration must be a number of seconds > 0 and ≤ 3600, got "ten"'],
    [[], '--duration is required'],
    [['--duration', '10', '--package', 'package-9'], '--package must be one of "list", "trial-100"'],
    [
      ['--duration', '10', '--package', 'credits-100'],
      '--package: no package "credits-100" is sold in Kling units (one of: list, trial-100, trial-1000, package-1, package-2, package-3)',
    ],
    [['--duration', '10', '--target', '100'], `--target ${TARGET_RULE}, got "100"`],
    [['--duration', '10', '--target', '-1'], `--target ${TARGET_RULE}, got "-1"`],
    [['--duration', '10', '--target', '30%'], `--target ${TARGET_RULE}, got "30%"`],
    [['--duration', '10', '--resolutions', '8k'], `--resolutions ${RESOLUTIONS_RULE}, got "8k"`],
    [['--duration', '10', '--resolutions', '720p,'], `--resolutions ${RESOLUTIONS_RULE}, got "720p,"`],
    [['--duration', '10', '--audio', 'yes'], '--audio must be "on" or "off", got "yes"'],
    [['--duration', '10', '--audio'], '--audio with --margin-map must be "on" or "off"'],
    [['--duration', '10', '--model', 'kling-v3'], '--model cannot be used with --margin-map'],
    [['--duration', '10', '--vendor-card', 'seed-002-usd'], '--vendor-card cannot be used with --margin-map'],
    [['--duration', '10', '--margin-map'], '--margin-map is given twice'],
  ])('%j', (flags, message) => {
    const run = map(...flags, '--json');
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain(`error: ${message}`);
  });

  it('keeps its flags to itself', () => {
    const quote = runCli(['--model', 'kling-v3', '--duration', '5', '--target', '30']);
    expect([quote.status, quote.stderr]).toEqual([2, 'error: --target is only for --margin-map\n']);
    const audio = runCli(['--model', 'kling-v3', '--duration', '5', '--audio', 'on']);
    expect(audio.status).toBe(2);
    expect(audio.stderr).toContain('--audio takes no value here, got "on" (--audio on|off is for --margin-map)');
    expect(runCli(['--model', 'kling-v3', '--duration', '5', '--audio']).status).toBe(0);
  });

  it('is status 1 when the cards are not in force on the date, as JSON with --json', () => {
    const run = runCli(['--margin-map', '--duration', '10', '--as-of', '2026-01-01', '--json']);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([
      {
        ok: false,
        as_of: '2026-01-01',
        error: 'no version of "internal" is in force on 2026-01-01: its oldest takes effect on 2026-11-21',
      },
    ]);
  });

  it('is in --help, with the default target', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toContain('--margin-map --duration SECONDS [--package ID] [--target PCT]');
    expect(help).toContain('(default 30; 0 is break-even)');
  });
});
