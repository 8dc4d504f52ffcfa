// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERRIDES_KEY } from '../../lib/overrides-store';
import { reloadOverrides } from '../../../test/helpers/reload-overrides';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

const MINE = JSON.stringify({
  version: 1,
  modelMultipliers: { 'kling-v1-6': '1.2' },
  customVendorRates: [],
  vendorDiscountPct: '10',
});
const THEIRS = JSON.stringify({
  version: 1,
  modelMultipliers: { 'kling-v3': '0.9' },
  customVendorRates: [{ model: 'kling-v2-5-turbo', usdPerSecond: '0.05' }],
  vendorDiscountPct: null,
});

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(OVERRIDES_KEY, MINE);
  reloadOverrides();
  stubFetchFromDisk();
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

async function chooseFile(text: string, name = 'theirs.json') {
  await screen.findByRole('region', { name: 'Loaded cards' });
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  fireEvent.change(screen.getByLabelText('Import (JSON)'), { target: { files: [file] } });
}

function backups(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith('kling-calc:overrides:backup:'));
}

describe('Import (JSON)', () => {
  it('asks first, showing what will be replaced and what comes in, and changes nothing yet', async () => {
    renderAppAt('/rate-cards');
    await chooseFile(THEIRS);
    const dialog = await screen.findByRole('dialog', { name: 'Replace your saved overrides with theirs.json?' });
    const replaced = within(dialog).getByRole('list', { name: 'Your saved overrides (to be replaced)' });
    expect(
      within(replaced)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Multiplier for kling-v1-6: 1.2', 'Discount on vendor cost: 10 %']);
    const incoming = within(dialog).getByRole('list', { name: 'In theirs.json' });
    expect(
      within(incoming)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Multiplier for kling-v3: 0.9', 'Custom vendor rate for kling-v2-5-turbo: 0.05 USD per second']);
    const kept = 'Your saved overrides will be kept in this browser under a backup key.';
    expect(within(dialog).getByText(kept)).toBeVisible();
    await waitFor(() => expect(dialog).toHaveFocus());
    expect(localStorage.getItem(OVERRIDES_KEY)).toBe(MINE);
  });

  it('leaves everything as it was on Cancel', async () => {
    const { user } = renderAppAt('/rate-cards');
    await chooseFile(THEIRS);
    const dialog = await screen.findByRole('dialog', { name: 'Replace your saved overrides with theirs.json?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Import cancelled: your overrides are unchanged.')).toBeInTheDocument();
    expect(screen.getByLabelText('Model', { selector: '#multipliers-0-model' })).toHaveValue('kling-v1-6');
    expect(localStorage.getItem(OVERRIDES_KEY)).toBe(MINE);
    expect(backups()).toEqual([]);
  });

  it('replaces them on "Replace my overrides", keeping the old ones under a backup key it names', async () => {
    const { user } = renderAppAt('/rate-cards');
    await chooseFile(THEIRS);
    const dialog = await screen.findByRole('dialog', { name: 'Replace your saved overrides with theirs.json?' });
    await user.click(within(dialog).getByRole('button', { name: 'Replace my overrides' }));
    expect(backups()).toHaveLength(1);
    const [backup] = backups();
    const imported = `Imported theirs.json. Your previous overrides are kept under ${backup}.`;
    expect(await screen.findByText(imported)).toBeVisible();
    expect(localStorage.getItem(backup)).toBe(MINE);
    expect(JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '{}')).toEqual(JSON.parse(THEIRS));
    expect(screen.getByLabelText('Model', { selector: '#multipliers-0-model' })).toHaveValue('kling-v3');
  });

  it('refuses to replace them when they cannot be backed up, and says what to do', async () => {
    // jsdom keeps 5,000,000 characters (keys and values) a site: leave 50, too few for a backup.
    localStorage.setItem('filler', 'f'.repeat(5_000_000 - 50 - 'filler'.length - OVERRIDES_KEY.length - MINE.length));
    const { user } = renderAppAt('/rate-cards');
    await chooseFile(THEIRS);
    await user.click(await screen.findByRole('button', { name: 'Replace my overrides' }));
    expect(
      await screen.findByText(
        'Not imported: your saved overrides could not be backed up first. ' +
          "The browser's storage for this site is full: nothing more can be kept until space is freed. " +
          'Keep them with Export (JSON), then Clear overrides and import again.',
      ),
    ).toBeInTheDocument();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBe(MINE);
  });

  it('imports at once when nothing is saved (nothing to replace)', async () => {
    localStorage.removeItem(OVERRIDES_KEY);
    reloadOverrides();
    renderAppAt('/rate-cards');
    await chooseFile(THEIRS);
    expect(await screen.findByText('Imported theirs.json.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('Clear overrides', () => {
  it('keeps the cleared overrides under a backup key and says where', async () => {
    renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear overrides' }));
    const [key] = await waitFor(() => {
      expect(backups()).toHaveLength(1);
      return backups();
    });
    expect(localStorage.getItem(key)).toBe(MINE);
    expect(JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '{}').modelMultipliers).toEqual({});
    expect(
      await screen.findByText(
        'Overrides cleared: the cards are used as published. ' + `Your previous overrides are kept under ${key}.`,
      ),
    ).toBeInTheDocument();
  });
});
