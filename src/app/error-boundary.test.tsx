// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Bomb() {
  const [armed, setArmed] = useState(false);
  if (armed) throw new Error('the engine refused this');
  return (
    <button type="button" onClick={() => setArmed(true)}>
      Arm
    </button>
  );
}

describe('the error boundary', () => {
  it('shows the failure and a way back instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Bomb />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Arm' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on this screen.');
    expect(screen.getByRole('alert')).toHaveTextContent('the engine refused this');
    expect(screen.getByRole('link', { name: 'Start over with the defaults' })).toHaveAttribute('href', '/');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Arm' })).toBeInTheDocument();
  });
});
