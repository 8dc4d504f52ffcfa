// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseEstimateText, type EstimateFile } from '../../../engine';
import { SAVED_ESTIMATES_KEY } from '../../../lib/screen-storage-keys';
import { entryOf, fileFor } from '../../../../test/helpers/saved-estimates';
import { SavedEstimatesPanel } from './saved-estimates-panel';

const NOW = new Date('2026-11-30T14:05:00.000Z');
const FULL = "The browser's storage for this site is full: nothing more can be kept until space is freed.";

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

function renderPanel(current: EstimateFile | null = fileFor('New')) {
  const user = userEvent.setup();
  render(<SavedEstimatesPanel current={current} currentProblem={null} onOpen={() => {}} now={() => NOW} />);
  return user;
}

/** The text of every file downloaded, by name. */
function captureDownloads(): Map<string, Blob> {
  const files = new Map<string, Blob>();
  let blob: Blob | null = null;
  class BlobUrls extends URL {
    static createObjectURL(b: Blob) {
      blob = b;
      return 'blob:x';
    }
    static revokeObjectURL() {}
  }
  vi.stubGlobal('URL', BlobUrls);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) files.set(this.download, blob);
  });
  return files;
}

describe('Saved estimates and the browser’s storage', () => {
  it('exports one estimate as a file the command line reads, and all of them as a bundle', async () => {
    const files = captureDownloads();
    const user = renderPanel(fileFor('Acme'));
    await user.click(screen.getByRole('button', { name: 'Save this estimate' }));
    await user.click(screen.getByRole('button', { name: 'Export Acme' }));
    expect(screen.getByRole('status')).toHaveTextContent('Exported “Acme” as acme.json.');
    const parsed = parseEstimateText((await files.get('acme.json')?.text()) ?? '');
    expect(parsed.ok && parsed.estimate.customer).toBe('Acme');
    await user.click(screen.getByRole('button', { name: 'Export all' }));
    const bundle = JSON.parse((await files.get('saved-estimates.json')?.text()) ?? '{}') as unknown;
    expect(bundle).toEqual({
      kling_estimates: 1,
      estimates: [{ name: 'Acme', saved_at: NOW.toISOString(), estimate: fileFor('Acme') }],
    });
  });

  it('leaves a store it cannot back up as it is, shows what reads, offers to download it, refuses saves', async () => {
    const raw = JSON.stringify([entryOf('a1', 'Acme', fileFor('Acme')), entryOf('b2', 'Bad', 'not an estimate')]);
    localStorage.setItem(SAVED_ESTIMATES_KEY, raw);
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith('kling-calc:estimates:')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    const files = captureDownloads();
    const user = renderPanel();
    const report = screen.getByRole('alert');
    expect(report).toHaveTextContent(`and could not be set aside. ${FULL}`);
    expect(screen.getByRole('listitem', { name: 'Acme' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Save this estimate' }));
    const refusals = screen.getAllByRole('alert');
    expect(refusals.at(-1)).toHaveTextContent(/^Not saved\. 1 saved estimate could not be read/);
    expect(localStorage.getItem(SAVED_ESTIMATES_KEY)).toBe(raw);

    await user.click(screen.getByRole('button', { name: 'Download the store as it is' }));
    expect(await files.get('saved-estimates-unreadable.json')?.text()).toBe(raw);
  });

  it('says so when the browser blocks storage altogether, and keeps the screen usable', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const user = renderPanel();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Saved estimates cannot be kept here. This browser does not allow saving here',
    );
    await user.click(screen.getByRole('button', { name: 'Save this estimate' }));
    expect(screen.getAllByRole('alert')).toHaveLength(2);
  });
});
