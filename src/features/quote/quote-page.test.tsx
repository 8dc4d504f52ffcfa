// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

const renderAt = (search = '') => renderAppAt(`/${search}`);

const amount = (id: string) => screen.getByTestId(id).textContent;

beforeEach(() => {
  stubFetchFromDisk();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Quote screen', () => {
  it('shows the product, loads the cards and prices the default request', async () => {
    renderAt();
    expect(screen.getByRole('heading', { level: 1, name: 'Kling video cost calculator' })).toBeInTheDocument();
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.33');
    expect(amount('internal-usd-honored')).toBe('$0.33');
    expect(amount('vendor-usd')).toBe('$0.42');
    expect(amount('margin-usd')).toBe('-$0.09');
  });

  it('reprices as the user types, with no submit button', async () => {
    const { user } = renderAt('?model=kling-video-o1&mode=pro&duration=10&resolution=1080p&input=image');
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$2.16');
    expect(amount('internal-usd-honored')).toBe('$3.24');
    expect(amount('vendor-usd')).toBe('$1.12');
    expect(amount('margin-usd')).toBe('$1.04');
    const duration = screen.getByLabelText('Duration (seconds)');
    await user.clear(duration);
    await user.type(duration, '8');
    expect(amount('internal-usd')).toBe('$1.73');
    await user.click(screen.getByRole('radio', { name: 'A source video' }));
    expect(amount('internal-usd')).toBe('$2.16');
    expect(screen.queryByRole('button', { name: /submit|calculate/i })).toBeNull();
  });

  it('shows a validation message next to the field and no price', async () => {
    const { user } = renderAt();
    await screen.findByTestId('internal-usd');
    const duration = screen.getByLabelText('Duration (seconds)');
    await user.clear(duration);
    await user.type(duration, '-5');
    expect(await screen.findByText('The duration must be more than 0 and at most 3,600 seconds.')).toBeInTheDocument();
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(duration).toHaveAccessibleDescription(/The duration must be more than 0/);
    expect(screen.queryByTestId('internal-usd')).toBeNull();
    await user.clear(duration);
    await user.type(duration, 'ten');
    expect(await screen.findByText('Enter a number of seconds, such as 5 or 7.5.')).toBeInTheDocument();
    await user.clear(duration);
    await user.type(duration, '7');
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.46');
  });

  it('applies presets for clip length and platform', async () => {
    const { user } = renderAt('?model=kling-v3&mode=pro');
    await screen.findByTestId('internal-usd');
    await user.click(screen.getByRole('button', { name: 'Product showcase, 10 s' }));
    expect(screen.getByLabelText('Duration (seconds)')).toHaveValue('10');
    await user.click(screen.getByRole('button', { name: 'YouTube, 4k' }));
    expect(screen.getByLabelText('Resolution')).toHaveValue('4k');
    expect(amount('internal-usd')).toBe('$1.56');
    expect(amount('internal-usd-honored')).toBe('$3.90');
  });

  it('prices a model no card knows, with a warning naming it', async () => {
    const { user } = renderAt();
    await screen.findByTestId('internal-usd');
    await user.selectOptions(screen.getByLabelText('Model'), 'Another model (type its name)…');
    const name = screen.getByLabelText('Model name');
    await user.clear(name);
    await user.type(name, 'kling-v9');
    expect(amount('internal-usd')).toBe('$0.25');
    expect(amount('vendor-usd')).toBe('Unavailable');
    expect(amount('margin-usd')).toBe('Unknown');
    expect(screen.getByText(/Model "kling-v9" is not on the internal card/)).toBeInTheDocument();
    await user.type(name, ' x!');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Use letters, digits, dots, dashes or underscores\./);
    expect(screen.queryByTestId('internal-usd')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Model'), 'kling-v3');
    expect(amount('internal-usd')).toBe('$0.33');
  });

  it('switches vendor card and package, and lists the other cards', async () => {
    const { user } = renderAt('?model=kling-video-o1&mode=pro&duration=10&input=image');
    await screen.findByTestId('vendor-usd');
    await user.selectOptions(screen.getByLabelText('Prepaid package'), 'package-2');
    expect(amount('vendor-usd')).toBe('$1.01');
    expect(screen.getByText('(exactly $1.008)')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Vendor card'), 'seed-002-usd');
    expect(amount('vendor-usd')).toBe('$1.11');
    expect(screen.getByLabelText('Prepaid package')).toBeDisabled();
    expect(screen.getByText(/Sources disagree on the vendor cost/)).toBeInTheDocument();
  });

  it('shows every step of the calculation from the engine', async () => {
    const { user } = renderAt('?model=kling-video-o1&mode=pro&duration=50&input=video');
    await screen.findByTestId('internal-usd');
    await user.click(screen.getByText('Show the calculation'));
    const billed = await screen.findByRole('table', { name: /Internal price as billed \(720p\)/ });
    expect(within(billed).getByRole('row', { name: /Billed seconds 50/ })).toBeInTheDocument();
    expect(within(billed).getByRole('row', { name: /Model kling-video-o1 1\.8/ })).toBeInTheDocument();
    expect(
      screen.getAllByText(/The \$10\.00 cap applies: charged \$10\.00 instead of \$13\.50/).length,
    ).toBeGreaterThan(0);
  });

  it('keeps the request in the URL, replacing the history entry', async () => {
    const { user } = renderAt('?model=kling-v3&duration=5');
    await screen.findByTestId('internal-usd');
    const before = window.history.length;
    const duration = screen.getByLabelText('Duration (seconds)');
    await user.clear(duration);
    await user.type(duration, '12');
    await user.click(screen.getByRole('checkbox', { name: 'Generate audio' }));
    await waitFor(() =>
      expect(window.location.search).toBe('?model=kling-v3&mode=std&duration=12&resolution=720p&input=text&audio=1'),
    );
    expect(window.history.length).toBe(before);
  });

  it('writes the link after the keystroke has its price, and not once the screen is left', async () => {
    const { user, unmount } = renderAt('?model=kling-v3&duration=5');
    await screen.findByTestId('internal-usd');
    const duration = screen.getByLabelText('Duration (seconds)');
    await user.clear(duration);
    await waitFor(() => expect(window.location.search).toContain('duration=5'));
    const typed = '?model=kling-v3&mode=std&duration=7&resolution=720p&input=text';
    fireEvent.input(duration, { target: { value: '7' } });
    // The price is there at once; the address bar follows in a task of its own.
    expect(amount('internal-usd')).toBe('$0.46');
    expect(window.location.search).not.toBe(typed);
    await waitFor(() => expect(window.location.search).toBe(typed));
    fireEvent.input(duration, { target: { value: '8' } });
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(window.location.search).toBe(typed);
  });

  it('drops tampered parameters with a notice and carries on from defaults', async () => {
    renderAt('?model=kling-v3&mode=ultra&duration=-5&vendor=evil&package=free&x=%3Cscript%3E');
    const ignored =
      'Ignored from the link: mode ("ultra"); duration ("-5"); x; vendor ("evil"); package ("free"). ' +
      'Where a value was not valid, its default is used.';
    expect(await screen.findByText(ignored)).toBeInTheDocument();
    expect(amount('internal-usd')).toBe('$0.33');
    expect(document.querySelector('script[src="x"]')).toBeNull();
  });
});

describe('rate cards over HTTP', () => {
  it('names a card that fails its schema, and keeps the others working', async () => {
    vi.unstubAllGlobals();
    const broken = JSON.stringify({
      kind: 'vendor',
      id: 'seed-002-usd',
      version: '2026-11-21',
      title: 'x',
      source: 'y',
      currency: 'USD',
      unit: 'usd',
      rows: [],
    });
    stubFetchFromDisk({ 'seed-002-usd.2026-11-21.json': broken });
    renderAt('?model=kling-video-o1&mode=pro&duration=10&input=image');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('rate-cards/seed-002-usd.2026-11-21.json: rows:');
    expect(await screen.findByTestId('vendor-usd')).toHaveTextContent('$1.12');
  });

  it('shows a failure with a way to retry when the index cannot be read', async () => {
    vi.unstubAllGlobals();
    stubFetchFromDisk({ 'index.json': null });
    renderAt();
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /The rate cards could not be loaded.*HTTP 404/,
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a loading state first, then the price', async () => {
    renderAt();
    expect(screen.getByRole('status')).toHaveTextContent('Loading rate cards…');
    expect(await screen.findByTestId('internal-usd')).toBeInTheDocument();
  });
});
