// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app/app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

function renderAt(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { user: userEvent.setup(), ...render(<App client={client} />) };
}

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

  it('drops tampered parameters with a notice and carries on from defaults', async () => {
    renderAt('?model=kling-v3&mode=ultra&duration=-5&vendor=evil&package=free&x=%3Cscript%3E');
    expect(
      await screen.findByText(
        /Ignored from the link: mode \("ultra"\); duration \("-5"\); x; vendor \("evil"\); package \("free"\)\. Where a value was not valid, its default is used\./,
      ),
    ).toBeInTheDocument();
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

  it('shows a loading state first', () => {
    renderAt();
    expect(screen.getByRole('status')).toHaveTextContent('Loading rate cards…');
  });
});

describe('alternatives and service lines on the Quote screen', () => {
  it('ranks the alternatives for the current request and names every exclusion', async () => {
    const { user } = renderAt('?model=kling-v3&mode=pro&duration=10&resolution=1080p&input=text&audio=1');
    await screen.findByTestId('internal-usd');
    await user.click(screen.getByText('Alternatives'));
    const table = await screen.findByTestId('alternatives');
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getByRole('rowheader').textContent),
    ).toEqual(['kling-v2-6 pro', 'kling-v3-omni pro', 'kling-v3 pro']);
    expect(
      within(screen.getByTestId('alternatives-excluded'))
        .getByText(/kling-video-o1 pro/)
        .closest('li'),
    ).toHaveTextContent(/no audio/);
    await user.selectOptions(screen.getByLabelText('Rank by'), 'best-margin');
    expect(within(screen.getByTestId('alternatives')).getAllByRole('row')[1]).toHaveTextContent('kling-v3 pro');
  });

  it('adds a 12 s lip-sync line: 1.5 units, $0.21, and keeps it in the link', async () => {
    const { user } = renderAt('?model=kling-v3&duration=5');
    await screen.findByTestId('internal-usd');
    await user.click(screen.getByText(/^Services/));
    await user.type(await screen.findByLabelText('Seconds (if it takes a duration)'), '12');
    await user.click(screen.getByRole('button', { name: 'Add the line' }));
    const lines = await screen.findByTestId('service-lines');
    expect(within(lines).getByRole('row', { name: /Lip-sync/ })).toHaveTextContent(
      '1.5$0.21Unavailable: not on the internal card',
    );
    await waitFor(() => expect(new URLSearchParams(window.location.search).getAll('svc')).toEqual(['lip-sync~12~1']));
  });

  it('reopens service lines from the link, and drops a tampered one', async () => {
    renderAt('?model=kling-v3&duration=5&svc=kolors-text-to-image~~10&svc=%3Cb%3E');
    const lines = await screen.findByTestId('service-lines');
    expect(within(lines).getByRole('row', { name: /Kolors/ })).toHaveTextContent('40$0.14');
    expect(screen.getByText(/Ignored from the link: svc \("<b>"\)/)).toBeInTheDocument();
  });

  it('warns on a Kolors line that the chosen package does not apply, and not on lip-sync', async () => {
    renderAt('?model=kling-v3&duration=5&package=package-2&svc=kolors-text-to-image~~1&svc=lip-sync~12~1');
    const lines = await screen.findByTestId('service-lines');
    const kolors = within(lines).getByRole('row', { name: /Kolors/ });
    expect(within(kolors).getByRole('listitem')).toHaveTextContent(
      'Warning: Kolors 1.5 / 2.0 / 2.1 text-to-image has its own published price ($0.0035 a unit): package "package-2" does not apply.',
    );
    expect(kolors).toHaveTextContent('4$0.01');
    const lipSync = within(lines).getByRole('row', { name: /Lip-sync/ });
    expect(lipSync).toHaveTextContent('1.5$0.19');
    expect(within(lipSync).queryByRole('listitem')).toBeNull();
  });
});

describe('ways to pay less', () => {
  it('lists each lever that applies, with its figure', async () => {
    const { user } = renderAt('?model=kling-v3&mode=pro&duration=10.4&resolution=1080p&input=text&audio=1');
    await screen.findByTestId('internal-usd');
    await user.click(screen.getByText('Ways to pay less'));
    const levers = await screen.findByTestId('levers');
    expect(
      within(levers)
        .getByText(/Defer audio/)
        .closest('li'),
    ).toHaveTextContent('saves $0.56');
    expect(
      within(levers)
        .getByText(/Ask for 10 s instead of 10.4 s/)
        .closest('li'),
    ).toHaveTextContent('saves $0.16');
    expect(within(levers).getByText(/Prototype at 720p/)).toBeInTheDocument();
  });
});

describe('the package follows the vendor card', () => {
  it('never shows one package while pricing another', async () => {
    const { user } = renderAt('?model=kling-v3&mode=std&duration=5&resolution=720p&input=text&package=package-3');
    expect(await screen.findByTestId('vendor-usd')).toHaveTextContent('$0.34');
    await user.selectOptions(screen.getByLabelText('Vendor card'), 'seed-002-usd');
    await user.selectOptions(screen.getByLabelText('Vendor card'), 'kling-official-units');
    expect(screen.getByLabelText('Prepaid package')).toHaveValue('list');
    expect(amount('vendor-usd')).toBe('$0.42');
    await user.selectOptions(screen.getByLabelText('Vendor card'), 'seed-004-app-credits');
    expect(screen.getByLabelText('Prepaid package')).toHaveValue('credit-default');
    await waitFor(() => expect(window.location.search).toContain('package=credit-default'));
  });
});

describe('a huge paste into a field', () => {
  it('gets a message, and the page stays usable', async () => {
    const { user } = renderAt();
    await screen.findByTestId('internal-usd');
    const duration = screen.getByLabelText('Duration (seconds)');
    fireEvent.change(duration, { target: { value: '9'.repeat(5_000_000) } });
    expect(await screen.findByText('Enter a number of seconds, such as 5 or 7.5.')).toBeInTheDocument();
    await user.clear(duration);
    await user.type(duration, '6');
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.39');
  });
});

describe('the link holds valid values only', () => {
  it('keeps the last valid duration in the address while a 100 kB paste is refused', async () => {
    renderAt('?duration=8');
    await screen.findByTestId('internal-usd');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('duration')).toBe('8'));
    fireEvent.change(screen.getByLabelText('Duration (seconds)'), { target: { value: '9'.repeat(100_000) } });
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'kling-v2-6' } });
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('model')).toBe('kling-v2-6'));
    expect(new URLSearchParams(window.location.search).get('duration')).toBe('8');
    expect(window.location.href.length).toBeLessThan(1000);
  });
});
