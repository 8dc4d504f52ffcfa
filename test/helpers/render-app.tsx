/** Renders the whole app at a path, with its own query client. */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';

export function renderAppAt(pathAndSearch: string) {
  window.history.replaceState(null, '', pathAndSearch);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { user: userEvent.setup(), ...render(<App client={client} />) };
}
