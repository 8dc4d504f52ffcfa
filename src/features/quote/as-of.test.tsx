// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';
import { servedWithLaterVersions } from '../../../test/helpers/later-card-files';

// The shipped cards, plus internal@2027-01-01 (kling-v3 at 1.5, was 1.3) and
// kling-official-units@2027-02-01 (Kling 3.0 silent 720p at 0.7 units a second, was 0.6).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T12:00:00Z'));
  stubFetchFromDisk(servedWithLaterVersions());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const stamp = () => screen.getByTestId('as-of-stamp').textContent;
// The list price of a unit is on the packages card: its version is used too.
const packages = ' · kling-packages@2026-11-21';

describe('the Quote screen as of a date', () => {
  it('prices with the cards in force today by default, and says which', async () => {
    renderAppAt('/?model=kling-v3&duration=5');
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.33');
    expect(stamp()).toBe('As of 2026-11-30 · internal@2026-11-21 · kling-official-units@2026-09-20' + packages);
    expect(screen.getByLabelText('As of')).toHaveValue('2026-11-30');
    expect(window.location.search).not.toContain('asof');
  });

  it('takes the date from the link: another version of the card, another price', async () => {
    renderAppAt('/?model=kling-v3&duration=5&asof=2027-01-15');
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.38');
    expect(stamp()).toBe('As of 2027-01-15 · internal@2027-01-01 · kling-official-units@2026-09-20' + packages);
    expect(screen.getByTestId('vendor-usd')).toHaveTextContent('$0.42');
    expect(screen.getByLabelText('As of')).toHaveValue('2027-01-15');
    expect(new URLSearchParams(window.location.search).get('asof')).toBe('2027-01-15');
  });

  it('reprices when the date changes, and keeps the date in the link', async () => {
    renderAppAt('/?model=kling-v3&duration=5');
    await screen.findByTestId('internal-usd');
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2027-02-01' } });
    expect(screen.getByTestId('internal-usd')).toHaveTextContent('$0.38');
    expect(screen.getByTestId('vendor-usd')).toHaveTextContent('$0.49');
    expect(stamp()).toBe('As of 2027-02-01 · internal@2027-01-01 · kling-official-units@2027-02-01' + packages);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('asof')).toBe('2027-02-01'));
    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    expect(screen.getByTestId('internal-usd')).toHaveTextContent('$0.33');
    await waitFor(() => expect(window.location.search).not.toContain('asof'));
  });

  it('names a tampered date from the link and prices as of today', async () => {
    renderAppAt('/?model=kling-v3&duration=5&asof=2026-02-30');
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.33');
    expect(screen.getByText(/Ignored from the link/)).toHaveTextContent(
      /^Ignored from the link: asof \("2026-02-30"\)\. /,
    );
    expect(stamp()).toMatch(/^As of 2026-11-30 /);
  });

  it('gives a clear message for a date left empty or out of range, and uses today', async () => {
    renderAppAt('/?model=kling-v3&duration=5&asof=2027-01-15');
    const field = await screen.findByLabelText('As of');
    fireEvent.change(field, { target: { value: '' } });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Enter a date, such as 2026-11-30\. Until then, prices are as of today/);
    expect(screen.getByTestId('internal-usd')).toHaveTextContent('$0.33');
    fireEvent.change(field, { target: { value: '1999-12-31' } });
    expect(screen.getByText(/Choose a date from 2000-01-01 to 2099-12-31\./)).toBeInTheDocument();
    expect(stamp()).toMatch(/^As of 2026-11-30 /);
  });

  it('before the oldest version, shows the engine’s message and keeps the form usable', async () => {
    renderAppAt('/?model=kling-v3&duration=5&asof=2026-01-01');
    const price = await screen.findByRole('region', { name: 'Price' });
    expect(within(price).getByRole('status')).toHaveTextContent(
      'No price as of 2026-01-01: no version of "internal" is in force on 2026-01-01: ' +
        'its oldest takes effect on 2026-11-21.',
    );
    expect(screen.queryByTestId('internal-usd')).toBeNull();
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2026-11-21' } });
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.33');
  });
});

describe('coming card versions', () => {
  it('says what the clip will cost from each later version, internal as billed and the vendor cost', async () => {
    renderAppAt('/?model=kling-v3&duration=5');
    const upcoming = await screen.findByTestId('upcoming');
    const items = within(upcoming)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'From 2027-01-01 this clip costs $0.38 (+$0.05). (internal@2027-01-01 takes effect)',
      'From 2027-02-01 the vendor cost is $0.49 (+$0.07). (kling-official-units@2027-02-01 takes effect)',
    ]);
  });

  it('says "the same" when a new version does not change this request', async () => {
    const { unmount } = renderAppAt('/?model=kling-v2-6&duration=5&asof=2027-01-15');
    await screen.findByTestId('internal-usd');
    expect(screen.queryByText(/From 2027-01-01/)).toBeNull();
    expect(await screen.findByTestId('upcoming')).toHaveTextContent(/^From 2027-02-01 the vendor cost is/);
    unmount();
    renderAppAt('/?model=kling-v2-6&duration=5');
    expect(await screen.findByText(/From 2027-01-01 this clip costs \$0\.25 \(the same\)\./)).toBeInTheDocument();
  });

  it('shows nothing when no later version is loaded', async () => {
    renderAppAt('/?model=kling-v3&duration=5&asof=2027-03-01');
    await screen.findByTestId('internal-usd');
    expect(screen.queryByRole('region', { name: 'Later card versions' })).toBeNull();
  });
});
