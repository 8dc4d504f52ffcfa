import { describe, expect, it } from 'vitest';
import { SAVED_ESTIMATES_KEY } from '../../../lib/screen-storage-keys';
import { FakeStorage } from '../../../../test/helpers/fake-storage';
import { entryOf, fileFor } from '../../../../test/helpers/saved-estimates';
import { readSavedEstimates } from './saved-read';
import { saveEstimate } from './saved-store';

const NOW = new Date('2026-12-01T09:30:00.000Z');
const BACKUP = 'kling-calc:estimates:backup:2026-12-01T09:30:00.000Z';
const FULL = "The browser's storage for this site is full: nothing more can be kept until space is freed.";

const good = entryOf('a1', 'Acme', fileFor('Acme'));
const alsoGood = entryOf('b2', 'Beta', fileFor('Beta'));
const badLine = { ...fileFor('Bad'), lines: [{ ...fileFor('Bad').lines[0], clips_per_month: -5 }] };
const bad = entryOf('c3', 'Bad', badLine);

/** A store with exactly this text, as another version of the app or a hand edit might leave it. */
const storeWith = (raw: string) => new FakeStorage({ [SAVED_ESTIMATES_KEY]: raw });
const live = (storage: FakeStorage) => JSON.parse(storage.getItem(SAVED_ESTIMATES_KEY) ?? 'null') as unknown;

describe('a store that does not read is set aside, never lost', () => {
  it('keeps one bad entry’s store exactly under a backup key, and the entries that read as the store', () => {
    // Written with odd spacing: the backup must be the text as it was, not a re-serialization.
    const raw = `[ ${JSON.stringify(good)},\n ${JSON.stringify(bad)} , ${JSON.stringify(alsoGood)} ]`;
    const storage = storeWith(raw);
    const list = readSavedEstimates(storage, NOW);
    expect(list.problem).toBe(
      '1 saved estimate could not be read (lines[0].clips_per_month: must be a whole number from 0 to 1,000,000, ' +
        `got -5); the store as it was is kept in this browser under ${BACKUP}.`,
    );
    expect(list.entries.map((e) => e.name)).toEqual(['Acme', 'Beta']);
    expect(list.locked).toBeNull();
    expect(storage.getItem(BACKUP)).toBe(raw);
    expect(live(storage)).toEqual([good, alsoGood]);
    // Read again: nothing more to report, nothing more written.
    expect(readSavedEstimates(storage, NOW).problem).toBeNull();
    expect(Object.keys(storage.snapshot())).toHaveLength(2);
  });

  it('sets aside text that is not JSON, keeping no entries', () => {
    const raw = '[{"id": "a1", "name": "Acme", ';
    const storage = storeWith(raw);
    expect(readSavedEstimates(storage, NOW)).toEqual({
      entries: [],
      problem:
        'The saved estimates could not be read (it is not valid JSON); ' +
        `the store as it was is kept in this browser under ${BACKUP}.`,
      locked: null,
      unreadable: null,
    });
    expect(storage.getItem(BACKUP)).toBe(raw);
    expect(live(storage)).toEqual([]);
  });

  it('sets aside a store of the wrong shape, and entries with the wrong fields, naming the field', () => {
    const object = storeWith(JSON.stringify({ estimates: [good] }));
    expect(readSavedEstimates(object, NOW).problem).toContain('(it is not a list of estimates)');
    expect(object.getItem(BACKUP)).toBe(JSON.stringify({ estimates: [good] }));

    const raw = JSON.stringify([good, 'Acme', { ...alsoGood, id: 7 }, { ...alsoGood, colour: 'red' }, good]);
    const fields = storeWith(raw);
    const list = readSavedEstimates(fields, NOW);
    expect(list.problem).toMatch(/^4 saved estimates could not be read \(a saved estimate must be an object\);/);
    expect(list.entries).toEqual([good]);
    expect(fields.getItem(BACKUP)).toBe(raw);
  });

  it('never overwrites a backup key already there, and keeps one copy of the same text', () => {
    const raw = 'not json';
    const storage = storeWith(raw);
    storage.setItem(BACKUP, 'an older backup');
    storage.setItem(`${BACKUP}-2`, 'another');
    expect(readSavedEstimates(storage, NOW).problem).toContain(`under ${BACKUP}-3.`);
    expect(storage.getItem(BACKUP)).toBe('an older backup');
    expect(storage.getItem(`${BACKUP}-2`)).toBe('another');
    expect(storage.getItem(`${BACKUP}-3`)).toBe(raw);
    // The store could not be rewritten: read again, it names the copy already kept instead of making another.
    storage.setItem(SAVED_ESTIMATES_KEY, raw);
    expect(readSavedEstimates(storage, new Date('2026-12-02T00:00:00.000Z')).problem).toContain(`under ${BACKUP}-3.`);
    expect(Object.keys(storage.snapshot())).toHaveLength(4);
  });

  it('leaves the store untouched when even the backup cannot be written, shows what reads, refuses writes', () => {
    const raw = JSON.stringify([good, bad]);
    const storage = storeWith(raw);
    storage.refuse = () => true;
    const list = readSavedEstimates(storage, NOW);
    expect(list.entries).toEqual([good]);
    expect(list.unreadable).toBe(raw);
    expect(list.locked).toBe(
      '1 saved estimate could not be read (lines[0].clips_per_month: must be a whole number from 0 to 1,000,000, ' +
        `got -5), and could not be set aside. ${FULL} The store is left as it was under kling-calc:estimates:v1, ` +
        'and nothing is saved over it until it can be kept: download it, or free space.',
    );
    expect(list.problem).toBe(list.locked);
    storage.refuse = (key) => key.startsWith('kling-calc:estimates:backup:');
    const outcome = saveEstimate(storage, fileFor('New'), '', NOW);
    expect(outcome).toMatchObject({ ok: false, error: `Not saved. ${list.locked}` });
    expect(storage.snapshot()).toEqual({ [SAVED_ESTIMATES_KEY]: raw });
  });

  it('sets aside a store changed behind its back before a write, and still writes', () => {
    const storage = storeWith(JSON.stringify([good, bad]));
    const outcome = saveEstimate(storage, fileFor('New'), '', NOW);
    expect(outcome).toMatchObject({ ok: true, problem: expect.stringContaining(`under ${BACKUP}.`) });
    expect((live(storage) as { name: string }[]).map((e) => e.name)).toEqual(['New', 'Acme']);
  });

  it('drops a second entry with an id already used, keeping it in the backup', () => {
    const raw = JSON.stringify([good, { ...alsoGood, id: good.id }]);
    const storage = storeWith(raw);
    expect(readSavedEstimates(storage, NOW).problem).toContain('(id: is used twice)');
    expect(storage.getItem(BACKUP)).toBe(raw);
  });
});
