import { describe, expect, it, vi } from 'vitest';
import { buildCardSet } from '../../engine';
import { createRateCardsStore } from './rate-cards-store';

const loaded = { set: buildCardSet([]), problems: [] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the rate-card store', () => {
  it('loads once, however often asked, and tells its listeners', async () => {
    const fetchCards = vi.fn(async () => loaded);
    const store = createRateCardsStore(fetchCards);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.get()).toEqual({ status: 'pending' });
    store.load();
    store.load();
    await settle();
    store.load();
    expect(fetchCards).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ status: 'ok', data: loaded });
    expect(listener).toHaveBeenCalled();
  });

  it('tries a failed load again once, then shows the failure; loading again retries', async () => {
    const fetchCards = vi.fn(async (): Promise<typeof loaded> => {
      throw new Error('/rate-cards/index.json: HTTP 500');
    });
    const store = createRateCardsStore(fetchCards);
    store.load();
    await settle();
    expect(fetchCards).toHaveBeenCalledTimes(2);
    const failed = store.get();
    expect(failed.status === 'error' && failed.error.message).toBe('/rate-cards/index.json: HTTP 500');
    fetchCards.mockResolvedValueOnce(loaded);
    store.load();
    expect(store.get()).toEqual({ status: 'pending' });
    await settle();
    expect(store.get()).toEqual({ status: 'ok', data: loaded });
  });

  it('takes cards read elsewhere, and does not fetch them then', () => {
    const fetchCards = vi.fn(async () => loaded);
    const store = createRateCardsStore(fetchCards);
    store.set(loaded);
    store.load();
    expect(fetchCards).not.toHaveBeenCalled();
    expect(store.get()).toEqual({ status: 'ok', data: loaded });
  });
});
