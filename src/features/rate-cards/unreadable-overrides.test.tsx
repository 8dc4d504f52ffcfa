// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERRIDES_KEY } from '../../lib/overrides-store';
import { reloadOverrides } from '../../../test/helpers/reload-overrides';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

// jsdom keeps 5,000,000 characters a site: a 3 MB entry cannot be copied to a backup key.
const CORRUPT = `{"version": 1, "modelMultipliers": "${'x'.repeat(3_000_000)}`;
const FULL = "The browser's storage for this site is full: nothing more can be kept until space is freed.";
const SAVED = 'Saved in this browser; every screen now uses them.';

beforeEach(() => {
  localStorage.clear();
  reloadOverrides();
  stubFetchFromDisk();
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

async function openWithCorruptEntry() {
  localStorage.setItem(OVERRIDES_KEY, CORRUPT);
  reloadOverrides();
  const app = renderAppAt('/rate-cards');
  await screen.findByRole('region', { name: 'Loaded cards' });
  return app;
}

async function addMultiplier(user: ReturnType<typeof renderAppAt>['user']) {
  await user.click(screen.getByRole('button', { name: 'Add a model multiplier' }));
  await user.type(screen.getByLabelText('Model', { selector: '#multipliers-0-model' }), 'kling-v1-6');
  await user.type(screen.getByLabelText('Multiplier'), '1.2');
}

/** The files the page downloads (jsdom has no object URLs and no downloads). */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  const create = (blob: Blob) => (blobs.push(blob), 'blob:test');
  Object.defineProperty(URL, 'createObjectURL', { value: create, configurable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: () => {}, configurable: true });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}

function rawErrorShown(): boolean {
  return /quota|setItem|exceeded/i.test(document.body.textContent ?? '');
}

describe('a corrupt saved entry that could not be backed up', () => {
  it('says so, and what saving will do, on the screen that found it', async () => {
    await openWithCorruptEntry();
    expect(
      screen.getByText(
        'Your saved overrides could not be read (it is not valid JSON) and could not be backed up. ' +
          `${FULL} They stay, unchanged, under ${OVERRIDES_KEY}, and the cards are used as published. ` +
          'Saving overrides will not replace them until you download them ' +
          '(Rate cards, "Download the unreadable entry") or free space.',
      ),
    ).toHaveAttribute('role', 'alert');
    expect(rawErrorShown()).toBe(false);
  });

  it('leaves the Quote screen pricing, with the same words', async () => {
    localStorage.setItem(OVERRIDES_KEY, CORRUPT);
    reloadOverrides();
    renderAppAt('/?model=kling-v3');
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.33');
    const problem = /^Your saved overrides could not be read \(it is not valid JSON\) and could not be backed up\./;
    expect(screen.getByText(problem)).toBeVisible();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBe(CORRUPT);
    expect(rawErrorShown()).toBe(false);
  });

  it('is not overwritten by Save: the save is refused with the reason and what to do', async () => {
    const { user } = await openWithCorruptEntry();
    await addMultiplier(user);
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    expect(
      await screen.findByText(
        `Not saved: your saved overrides could not be read and could not be backed up. ${FULL} ` +
          'Saving now would replace them: keep a copy with "Download the unreadable entry", ' +
          'or free space, then save again.',
      ),
    ).toBeInTheDocument();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBe(CORRUPT);
    expect(screen.getByRole('form', { name: 'Overrides' })).toBeInTheDocument();
    expect(rawErrorShown()).toBe(false);
  });

  it('is not overwritten by Clear overrides or an import either', async () => {
    const { user } = await openWithCorruptEntry();
    await user.click(screen.getByRole('button', { name: 'Clear overrides' }));
    const refused = /^Not saved: your saved overrides could not be read and could not be backed up\./;
    expect(await screen.findByText(refused)).toBeVisible();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBe(CORRUPT);
  });

  it('can be downloaded as it is, and is then replaced by Save, which says where it is kept', async () => {
    const blobs = captureDownloads();
    const { user } = await openWithCorruptEntry();
    await user.click(screen.getByRole('button', { name: 'Download the unreadable entry' }));
    expect(await blobs[0].text()).toBe(CORRUPT);
    const downloaded =
      'Downloaded kling-overrides-unreadable.txt: Save will now replace the unreadable entry, ' +
      'which is kept only in that file.';
    expect(screen.getByText(downloaded)).toBeInTheDocument();
    await addMultiplier(user);
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    const kept =
      'The unreadable entry it replaced is kept only in the file you downloaded, kling-overrides-unreadable.txt.';
    expect(await screen.findByText(`${SAVED} ${kept}`)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '{}').modelMultipliers).toEqual({ 'kling-v1-6': '1.2' });
  });

  it('is backed up by Save once space is freed, naming the backup key', async () => {
    const corrupt = `{"version": 1, "modelMultipliers": "${'x'.repeat(2_000_000)}`;
    localStorage.setItem('filler', 'f'.repeat(1_500_000));
    localStorage.setItem(OVERRIDES_KEY, corrupt);
    reloadOverrides();
    const { user } = renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    expect(screen.getByText(/could not be backed up/)).toBeInTheDocument();
    localStorage.removeItem('filler');
    await addMultiplier(user);
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    const message = await screen.findByText((text) => text.startsWith(`${SAVED} The unreadable entry it replaced`));
    const backupKey = Object.keys(localStorage).find((k) => k.startsWith('kling-calc:overrides:backup:')) ?? '';
    expect(message).toHaveTextContent(`${SAVED} The unreadable entry it replaced is kept under ${backupKey}.`);
    expect(localStorage.getItem(backupKey)).toBe(corrupt);
  });
});

describe('a storage failure on Save', () => {
  it('is said in words for people, never the browser’s own text', async () => {
    const chrome = "Failed to execute 'setItem' on 'Storage': Setting the value of 'x' exceeded the quota.";
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException(chrome, 'QuotaExceededError');
    });
    const { user } = renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    await addMultiplier(user);
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    const form = screen.getByRole('form', { name: 'Overrides' });
    expect(await within(form).findByText(`Not saved. ${FULL}`)).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(chrome.slice(0, 20)))).toBeNull();
    expect(rawErrorShown()).toBe(false);
  });

  it('names blocked storage as such', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { user } = renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    await addMultiplier(user);
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    const blocked =
      'This browser does not allow saving here (private mode or blocked storage): nothing can be kept in this browser.';
    expect(await screen.findByText(`Not saved. ${blocked}`)).toBeInTheDocument();
    expect(screen.queryByText(/insecure/)).toBeNull();
  });
});
