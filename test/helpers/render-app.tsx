/** Renders the whole app at a path, with its own rate-card store (fetching once, not retried). */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { createRateCardsStore } from '../../src/lib/rate-cards/rate-cards-store';

export function renderAppAt(pathAndSearch: string) {
  window.history.replaceState(null, '', pathAndSearch);
  return { user: userEvent.setup(), ...render(<App cards={createRateCardsStore(undefined, 0)} />) };
}
