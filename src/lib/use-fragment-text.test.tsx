// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compressToUrl } from './url-compress';
import { useFragmentText } from './use-fragment-text';

const WORDS = { carried: 'request', paste: 'envelope' };
const DAMAGED = 'This link is damaged: its request could not be read. Paste the envelope again.';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('useFragmentText', () => {
  it('hands over the text a link carries, once', async () => {
    window.history.replaceState(null, '', `/explain#e=${await compressToUrl('{"a": 1}')}`);
    const read: string[] = [];
    const { result } = renderHook(() => useFragmentText('e', WORDS, (text) => read.push(text) > 0));
    await waitFor(() => expect(read).toEqual(['{"a": 1}']));
    expect(result.current.problem).toBeNull();
  });

  it('calls the link damaged when it cannot be unpacked, or its text does not read', async () => {
    window.history.replaceState(null, '', '/explain#e=AQUAAAA');
    const unpacked = renderHook(() => useFragmentText('e', WORDS, () => true));
    await waitFor(() => expect(unpacked.result.current.problem).toBe(DAMAGED));
    unpacked.unmount();
    window.history.replaceState(null, '', `/explain#e=${await compressToUrl('[[[')}`);
    const unread = renderHook(() => useFragmentText('e', WORDS, () => false));
    await waitFor(() => expect(unread.result.current.problem).toBe(DAMAGED));
  });

  it('writes its own parameter, keeping the query and the others, and clears it', async () => {
    window.history.replaceState(null, '', '/plan?budget=150#other=1');
    const { result } = renderHook(() => useFragmentText('balance', WORDS, () => true));
    let written: Awaited<ReturnType<typeof result.current.write>> | undefined;
    await act(async () => {
      written = await result.current.write('{"code": 0}');
    });
    const packed = await compressToUrl('{"code": 0}');
    expect(written).toEqual({ ok: true, url: `${window.location.origin}/plan?budget=150#other=1&balance=${packed}` });
    act(() => result.current.clear());
    expect(window.location.search + window.location.hash).toBe('?budget=150#other=1');
  });

  it('drops a write that a later clear overtook, so a stale link never comes back', async () => {
    window.history.replaceState(null, '', '/explain');
    const { result } = renderHook(() => useFragmentText('e', WORDS, () => true));
    let pending: ReturnType<typeof result.current.write> | undefined;
    act(() => {
      pending = result.current.write('{"a": 1}');
      result.current.clear();
    });
    await act(async () => {
      expect(await pending).toEqual({ ok: false, why: 'replaced' });
    });
    expect(window.location.hash).toBe('');
  });
});
