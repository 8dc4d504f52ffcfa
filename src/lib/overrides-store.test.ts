// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_OVERRIDES } from '../engine';
import { OVERRIDES_KEY, useOverrides } from './overrides-store';

const SAVED = { ...NO_OVERRIDES, modelMultipliers: { 'kling-v3': '1.2' } };

/** What another tab's save or clear does: the value changes, then this tab hears of it. */
function anotherTabWrites(value: string | null) {
  if (value === null) localStorage.removeItem(OVERRIDES_KEY);
  else localStorage.setItem(OVERRIDES_KEY, value);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: OVERRIDES_KEY }));
  });
}

afterEach(() => {
  localStorage.clear();
});

describe('the saved overrides in use', () => {
  it("follow another tab's changes, and a read still loading never replaces a newer one", async () => {
    // The schema module loaded beforehand: the first read's own import of it settles at once.
    await import('./overrides-validate');
    localStorage.setItem(OVERRIDES_KEY, JSON.stringify(SAVED));
    const { result } = renderHook(() => useOverrides());
    expect(result.current.loading).toBe(true);
    // Cleared while the first read was still loading its schema: nothing is saved, whatever it finds.
    anotherTabWrites(null);
    expect([result.current.loading, result.current.overrides]).toEqual([false, NO_OVERRIDES]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50))); // time for that first read to finish
    expect([result.current.loading, result.current.overrides]).toEqual([false, NO_OVERRIDES]);
    anotherTabWrites(JSON.stringify(SAVED));
    await waitFor(() => expect([result.current.loading, result.current.overrides]).toEqual([false, SAVED]));
  });
});
