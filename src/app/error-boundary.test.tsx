// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

const CLEAR = "Clear this screen's saved data (kept as a backup)";

function Bomb() {
  const [armed, setArmed] = useState(false);
  if (armed) throw new Error('the engine refused this');
  return (
    <button type="button" onClick={() => setArmed(true)}>
      Arm
    </button>
  );
}

/** A screen that cannot open while its saved balance or its link's fragment is there. */
function Fragile() {
  if (localStorage.getItem('kling-calc:balance:v1') !== null) throw new Error('the saved balance broke this');
  if (window.location.hash !== '') throw new Error('the link broke this');
  return <p>The Estimates screen, clean.</p>;
}

function keysStartingWith(prefix: string): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(prefix));
}

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('the error boundary', () => {
  it('shows the failure and a way back instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Bomb />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Arm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on this screen.');
    expect(screen.getByRole('alert')).toHaveTextContent('the engine refused this');
    expect(screen.getByRole('link', { name: 'Start over with the defaults' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: CLEAR })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Arm' })).toBeInTheDocument();
  });

  it('failing again after "Try again", offers to set the saved data aside, and opens the screen clean', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const deep = '['.repeat(5_000);
    localStorage.setItem('kling-calc:balance:v1', deep);
    localStorage.setItem('kling-calc:overrides:v1', '{"version":1}');
    window.history.replaceState(null, '', '/estimates?budget=150#balance=AQUAAAA');
    const link = window.location.href;
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('the saved balance broke this');
    expect(screen.queryByRole('button', { name: CLEAR })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('the saved balance broke this');
    await userEvent.click(await screen.findByRole('button', { name: CLEAR }));

    expect(await screen.findByText('The Estimates screen, clean.')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/estimates');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('');
    // Nothing deleted: the link and the balance are kept under backup keys; other screens' data is left alone.
    const [linkKey] = keysStartingWith('kling-calc:backup:link:');
    expect(localStorage.getItem(linkKey)).toBe(link);
    const [balanceKey] = keysStartingWith('kling-calc:balance:v1:backup:');
    expect(localStorage.getItem(balanceKey)).toBe(deep);
    expect(localStorage.getItem('kling-calc:balance:v1')).toBeNull();
    expect(localStorage.getItem('kling-calc:overrides:v1')).toBe('{"version":1}');

    const notice = screen.getByRole('status', { name: 'Saved data set aside' });
    expect(notice).toHaveTextContent('saved data was set aside, not deleted, and the screen opened clean.');
    expect(screen.getByRole('textbox', { name: 'The link as it was' })).toHaveValue(link);
    expect(notice).toHaveTextContent(`It is also kept in this browser under ${linkKey}.`);
    expect(notice).toHaveTextContent(`The entry kling-calc:balance:v1 is kept, unchanged, under ${balanceKey}.`);
  });

  it('shows the link to copy when this browser cannot keep it, and leaves an entry it cannot move', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    localStorage.setItem('kling-calc:balance:v1', 'saved');
    window.history.replaceState(null, '', '/estimates#balance=x');
    const link = window.location.href;
    const full = new DOMException('exceeded the quota', 'QuotaExceededError');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw full;
    });
    try {
      render(
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>,
      );
      await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
      await userEvent.click(await screen.findByRole('button', { name: CLEAR }));
      const notice = await screen.findByRole('status', { name: 'Saved data set aside' });
      expect(screen.getByRole('textbox', { name: 'The link as it was' })).toHaveValue(link);
      expect(notice).toHaveTextContent('The link could not be kept in this browser: copy it now.');
      expect(notice).toHaveTextContent("The browser's storage for this site is full");
      expect(notice).toHaveTextContent('The entry kling-calc:balance:v1 could not be moved, and is left as it was.');
      expect(notice).not.toHaveTextContent('exceeded the quota');
      // The balance still breaks the screen: the notice, and its link, stay above the failure.
      expect(screen.getByRole('alert')).toHaveTextContent('the saved balance broke this');
    } finally {
      setItem.mockRestore();
    }
    expect(localStorage.getItem('kling-calc:balance:v1')).toBe('saved');
  });
});
