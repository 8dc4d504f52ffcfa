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
    ).toEqual(['Kling 2.6 · kling-v2-6 pro', 'Kling O3 · kling-v3-omni pro', 'Kling 3.0 · kling-v3 pro']);
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
    const warning =
      'Warning: Kolors 1.5 / 2.0 / 2.1 text-to-image has its own published price ($0.0035 a unit): ' +
      'package "package-2" does not apply.';
    expect(within(kolors).getByRole('listitem')).toHaveTextContent(warning);
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
