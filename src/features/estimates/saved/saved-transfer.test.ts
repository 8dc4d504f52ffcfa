import { describe, expect, it } from 'vitest';
import { parseEstimateText } from '../../../engine';
import { SAVED_ESTIMATES_KEY } from '../../../lib/screen-storage-keys';
import { FakeStorage } from '../../../../test/helpers/fake-storage';
import { fileFor } from '../../../../test/helpers/saved-estimates';
import { importEstimates } from './saved-import';
import { readSavedEstimates } from './saved-read';
import { saveEstimate } from './saved-store';
import { bundleText, estimateText, exportFileName } from './saved-transfer';

const NOW = new Date('2026-12-01T09:30:00.000Z');
const FULL = "The browser's storage for this site is full: nothing more can be kept until space is freed.";

function storeOf(...customers: string[]): FakeStorage {
  const storage = new FakeStorage();
  for (const c of [...customers].reverse()) saveEstimate(storage, fileFor(c), '', new Date('2026-11-30T14:05:00Z'));
  return storage;
}
const entries = (storage: Storage) => readSavedEstimates(storage, NOW).entries;
const names = (storage: Storage) => entries(storage).map((e) => e.name);

describe('export', () => {
  it('writes one estimate as exactly its estimate file, which the command line’s reader reads', () => {
    const [acme] = entries(storeOf('Acme'));
    if (!acme) throw new Error('not saved');
    const text = estimateText(acme);
    expect(JSON.parse(text)).toEqual(fileFor('Acme'));
    const parsed = parseEstimateText(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.estimate).toMatchObject({ customer: 'Acme', months: 3, discountPct: '10' });
    expect(exportFileName('Acme — Q1 (copy 2)')).toBe('acme-q1-copy-2.json');
    expect(exportFileName('数字')).toBe('estimate.json');
  });

  it('writes all of them as a bundle with their names and times, which imports back whole', () => {
    const storage = storeOf('Acme', 'Beta');
    const text = bundleText(entries(storage));
    expect(JSON.parse(text)).toEqual({
      kling_estimates: 1,
      estimates: [
        { name: 'Acme', saved_at: '2026-11-30T14:05:00.000Z', estimate: fileFor('Acme') },
        { name: 'Beta', saved_at: '2026-11-30T14:05:00.000Z', estimate: fileFor('Beta') },
      ],
    });
    const elsewhere = new FakeStorage();
    expect(importEstimates(elsewhere, text, 'all.json', NOW)).toMatchObject({ ok: true, rejected: [] });
    expect(entries(elsewhere).map(({ name, savedAt, file }) => ({ name, savedAt, file }))).toEqual(
      entries(storage).map(({ name, savedAt, file }) => ({ name, savedAt, file })),
    );
  });
});

describe('import', () => {
  it('adds one estimate file under its customer’s name, never replacing one: a taken name gets "(imported)"', () => {
    const storage = storeOf('Acme');
    const text = JSON.stringify(fileFor('Acme', 9000));
    const first = importEstimates(storage, text, 'acme.json', NOW);
    expect(first).toMatchObject({ ok: true, added: [{ name: 'Acme (imported)', savedAt: NOW.toISOString() }] });
    importEstimates(storage, text, 'acme.json', NOW);
    expect(names(storage)).toEqual(['Acme (imported 2)', 'Acme (imported)', 'Acme']);
    expect(entries(storage)[2]?.file.lines[0]?.clips_per_month).toBe(5000);
  });

  it('adds a bundle’s good estimates and names each bad one by its index and the engine’s paths', () => {
    const storage = storeOf('Acme');
    const badMonths = { ...fileFor('Gamma'), months: 0 };
    const bundle = {
      kling_estimates: 1,
      estimates: [
        { name: 'Acme', estimate: fileFor('Acme', 1) },
        { name: 'Gamma', estimate: badMonths },
        { name: 'Delta', saved_at: 'yesterday', estimate: fileFor('Delta') },
        { estimate: fileFor('Epsilon') },
      ],
    };
    const outcome = importEstimates(storage, JSON.stringify(bundle), 'bundle.json', NOW);
    expect(outcome).toMatchObject({
      ok: true,
      rejected: [
        'estimates[1] (“Gamma”): months: must be a whole number of months from 1 to 12, got 0',
        'estimates[2] (“Delta”): saved_at: must be a time such as 2026-11-30T14:05:00.000Z',
      ],
    });
    expect(names(storage)).toEqual(['Acme (imported)', 'Epsilon', 'Acme']);
  });

  it('changes nothing for a file too large, not JSON, of the wrong shape, or with no estimate that reads', () => {
    const storage = storeOf('Acme');
    const before = storage.snapshot();
    const cases: [string, string][] = [
      [' '.repeat(1_000_001), 'it is over the 1 MB limit.'],
      ['', 'it is empty.'],
      ['{"customer": "Acme",', 'it is not JSON. Not valid JSON at line 1, column 21: a property name in double quotes'],
      ['[1, 2]', 'it is neither an estimate nor a bundle of estimates (a JSON object is expected).'],
      ['{"kling_estimates": 2, "estimates": []}', 'a bundle of estimates must say "kling_estimates": 1.'],
      ['{"kling_estimates": 1, "estimates": {}}', 'its "estimates" must be a list.'],
      ['{"kling_estimates": 1, "estimates": []}', 'the bundle has no estimates.'],
      ['{"kling_estimates": 1, "estimates": [], "x": 1}', '“x” is not a field of a bundle of estimates.'],
      [
        '{"customer": "Acme", "months": 3}',
        'it is not an estimate that reads: lines: must be a list of lines, got nothing.',
      ],
      ['{"kling_estimates": 1, "estimates": [7]}', 'its one estimate does not read.'],
    ];
    for (const [text, why] of cases) {
      const outcome = importEstimates(storage, text, 'x.json', NOW);
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.error).toContain(`Nothing imported from x.json: ${why}`);
    }
    expect(storage.snapshot()).toEqual(before);
  });

  it('changes nothing when the storage is full', () => {
    const storage = storeOf('Acme');
    const before = storage.snapshot();
    storage.refuse = (key) => key === SAVED_ESTIMATES_KEY;
    expect(importEstimates(storage, JSON.stringify(fileFor('Beta')), 'beta.json', NOW)).toMatchObject({
      ok: false,
      error: `Nothing imported from beta.json. ${FULL}`,
    });
    expect(storage.snapshot()).toEqual(before);
  });
});
