// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compressToUrl } from './url-compress';
import { useKeptText } from './use-kept-text';

const KEY = 'test:kept:v1';
const OPTIONS = { storageKey: KEY, fragment: 'k', words: { carried: 'note', paste: 'note' }, reads: () => true };

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('useKeptText', () => {
  it('opens with what this browser kept, and moving it to the link takes it out of this browser', async () => {
    localStorage.setItem(KEY, 'saved');
    const { result } = renderHook(() => useKeptText(OPTIONS));
    expect(result.current).toMatchObject({ text: 'saved', keptIn: 'browser', problem: '' });
    act(() => result.current.keep('saved', 'link'));
    expect(result.current.keptIn).toBe('link');
    expect(localStorage.getItem(KEY)).toBeNull();
    const packed = await compressToUrl('saved');
    await waitFor(() => expect(window.location.hash).toBe(`#k=${packed}`));
  });

  it("opens with the link's text, and keeping it in this browser takes it out of the link", async () => {
    window.history.replaceState(null, '', `/plan#k=${await compressToUrl('linked')}`);
    const { result } = renderHook(() => useKeptText(OPTIONS));
    await waitFor(() => expect(result.current.text).toBe('linked'));
    act(() => result.current.keep('linked', 'browser'));
    expect(result.current.keptIn).toBe('browser');
    expect(localStorage.getItem(KEY)).toBe('linked');
    expect(window.location.hash).toBe('');
  });

  it('keeps the text in the link, and says why, when this browser refuses it', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderHook(() => useKeptText(OPTIONS));
    act(() => result.current.keep('text', 'browser'));
    expect(result.current.keptIn).toBe('link');
    expect(result.current.problem).toMatch(/^The browser's storage for this site is full/);
    await waitFor(() => expect(window.location.hash).toMatch(/^#k=/));
  });
});
