/**
 * Makes the overrides store read localStorage again, as it does when another tab saves them: a
 * `storage` event for their key, heard while a component uses the store. Call it once storage is set.
 */
import { act, renderHook } from '@testing-library/react';
import { OVERRIDES_KEY, useOverrides } from '../../src/lib/overrides-store';

export function reloadOverrides(): void {
  const { unmount } = renderHook(() => useOverrides());
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: OVERRIDES_KEY }));
  });
  unmount();
}
