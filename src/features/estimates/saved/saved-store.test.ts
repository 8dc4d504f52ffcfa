import { describe, expect, it } from 'vitest';
import type { EstimateFile } from '../../../engine';
import { SAVED_ESTIMATES_KEY } from '../../../lib/screen-storage-keys';
import { FakeStorage } from '../../../../test/helpers/fake-storage';
import { fileFor } from '../../../../test/helpers/saved-estimates';
import { readSavedEstimates } from './saved-read';
import { deleteEstimate, duplicateEstimate, renameEstimate, saveEstimate, updateEstimate } from './saved-store';

const T1 = new Date('2026-11-30T14:05:00.000Z');
const T2 = new Date('2026-12-01T09:30:00.000Z');
const FULL = "The browser's storage for this site is full: nothing more can be kept until space is freed.";

function saved(storage: Storage, file: EstimateFile, name = '', now = T1) {
  const outcome = saveEstimate(storage, file, name, now);
  if (!outcome.ok || !outcome.entry) throw new Error(outcome.ok ? 'no entry' : outcome.error);
  return outcome.entry;
}

const names = (storage: Storage) => readSavedEstimates(storage, T2).entries.map((e) => e.name);

describe('saving and reading back', () => {
  it('keeps the estimate file exactly, under the customer’s name by default, with the time saved', () => {
    const storage = new FakeStorage();
    const entry = saved(storage, fileFor('Acme'));
    expect(entry).toMatchObject({ name: 'Acme', savedAt: '2026-11-30T14:05:00.000Z', file: fileFor('Acme') });
    const list = readSavedEstimates(new FakeStorage(storage.snapshot()), T2);
    expect(list).toEqual({ entries: [entry], problem: null, locked: null, unreadable: null });
    expect(Object.keys(storage.snapshot())).toEqual([SAVED_ESTIMATES_KEY]);
  });

  it('puts the newest first, trims a typed name, and numbers a name already taken', () => {
    const storage = new FakeStorage();
    saved(storage, fileFor('Acme'), '  Acme Q1  ');
    saved(storage, fileFor('Acme'), 'Acme Q1');
    saved(storage, fileFor('Acme'), 'Acme Q1');
    expect(names(storage)).toEqual(['Acme Q1 (3)', 'Acme Q1 (2)', 'Acme Q1']);
  });

  it('refuses an empty, too long or multi-line typed name, and a file that does not read', () => {
    const storage = new FakeStorage();
    expect(saveEstimate(storage, fileFor('Acme'), 'x'.repeat(121), T1)).toMatchObject({
      ok: false,
      error: 'Not saved: the name must be at most 120 characters.',
    });
    expect(saveEstimate(storage, fileFor('Acme'), 'Acme\nQ1', T1)).toMatchObject({
      error: 'Not saved: the name must not contain control characters.',
    });
    const bad = { ...fileFor('Acme'), months: 13 };
    expect(saveEstimate(storage, bad, '', T1)).toMatchObject({
      error: 'Not saved: the estimate does not read (months: must be a whole number of months from 1 to 12, got 13)',
    });
    expect(storage.snapshot()).toEqual({});
  });

  it('names an estimate with a long customer by its first 120 characters', () => {
    const storage = new FakeStorage();
    expect(saved(storage, fileFor('A'.repeat(150))).name).toBe('A'.repeat(120));
  });
});

describe('changing a saved estimate', () => {
  it('updates one in place: same id and name, the new file, saved now', () => {
    const storage = new FakeStorage();
    const acme = saved(storage, fileFor('Acme'));
    const beta = saved(storage, fileFor('Beta'));
    const outcome = updateEstimate(storage, acme.id, fileFor('Acme', 7000), T2);
    expect(outcome).toMatchObject({ ok: true, entry: { id: acme.id, name: 'Acme', savedAt: T2.toISOString() } });
    const entries = readSavedEstimates(storage, T2).entries;
    expect(entries.map((e) => e.id)).toEqual([beta.id, acme.id]);
    expect(entries[1]?.file.lines[0]?.clips_per_month).toBe(7000);
    expect(updateEstimate(storage, 'gone', fileFor('Acme'), T2)).toMatchObject({
      ok: false,
      error: 'Not saved: that estimate is no longer saved in this browser (deleted in another tab?)',
    });
  });

  it('renames, trimmed; refuses a name another one has, or an empty one', () => {
    const storage = new FakeStorage();
    const acme = saved(storage, fileFor('Acme'));
    saved(storage, fileFor('Beta'));
    expect(renameEstimate(storage, acme.id, '  Acme, quarter 1 ', T2)).toMatchObject({
      ok: true,
      entry: { name: 'Acme, quarter 1', savedAt: T1.toISOString() },
    });
    expect(renameEstimate(storage, acme.id, 'Beta', T2)).toMatchObject({
      ok: false,
      error: 'Not renamed: another saved estimate is already called “Beta”.',
    });
    expect(renameEstimate(storage, acme.id, '   ', T2)).toMatchObject({
      error: 'Not renamed: the name must not be empty.',
    });
    expect(names(storage)).toEqual(['Beta', 'Acme, quarter 1']);
  });

  it('duplicates after the original: "(copy)", then "(copy 2)", a copy of a copy too', () => {
    const storage = new FakeStorage();
    const acme = saved(storage, fileFor('Acme'));
    saved(storage, fileFor('Beta'));
    const copy = duplicateEstimate(storage, acme.id, T2);
    expect(copy).toMatchObject({ ok: true, entry: { name: 'Acme (copy)', savedAt: T2.toISOString() } });
    if (!copy.ok || !copy.entry) throw new Error('no copy');
    expect(copy.entry.id).not.toBe(acme.id);
    expect(copy.entry.file).toEqual(acme.file);
    duplicateEstimate(storage, copy.entry.id, T2);
    duplicateEstimate(storage, acme.id, T2);
    expect(names(storage)).toEqual(['Beta', 'Acme', 'Acme (copy 3)', 'Acme (copy)', 'Acme (copy 2)']);
  });

  it('deletes one, and only that one', () => {
    const storage = new FakeStorage();
    const acme = saved(storage, fileFor('Acme'));
    saved(storage, fileFor('Beta'));
    expect(deleteEstimate(storage, acme.id, T2)).toEqual({ ok: true, entry: null, problem: null });
    expect(names(storage)).toEqual(['Beta']);
  });
});

describe('a storage that refuses', () => {
  it('leaves the store as it was when it is full, and says so in words', () => {
    const storage = new FakeStorage();
    saved(storage, fileFor('Acme'));
    const before = storage.snapshot();
    storage.refuse = () => true;
    expect(saveEstimate(storage, fileFor('Beta'), '', T2)).toEqual({
      ok: false,
      error: `Not saved. ${FULL}`,
      problem: null,
    });
    expect(renameEstimate(storage, readSavedEstimates(storage).entries[0]?.id ?? '', 'X', T2)).toMatchObject({
      error: `Not renamed. ${FULL}`,
    });
    expect(storage.snapshot()).toEqual(before);
  });

  it('says saving is not allowed where the browser blocks storage', () => {
    const blocked = new FakeStorage();
    blocked.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const words = 'This browser does not allow saving here (private mode or blocked storage)';
    expect(readSavedEstimates(blocked, T1).locked).toContain(words);
    expect(saveEstimate(blocked, fileFor('Acme'), '', T1)).toMatchObject({
      ok: false,
      error: expect.stringContaining(words),
    });
  });
});
