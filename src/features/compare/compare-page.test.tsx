// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubResizeObserver } from '../../../test/helpers/resize-observer';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

beforeEach(() => {
  stubFetchFromDisk();
  stubResizeObserver();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const costRow = (volume: string) =>
  within(screen.getByRole('table', { name: /Total cost per month/ })).getByRole('row', {
    name: new RegExp(`^${volume} `),
  });

describe('Compare at scale', () => {
  it("opens on seed 002's O3 vs 3.0 table, exactly", async () => {
    renderAppAt('/compare');
    await screen.findByRole('table', { name: /Total cost per month/ });
    const cells = within(costRow('1,000'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // O3 seed 002 (internal, vendor), 3.0 seed 002, O3 official, 3.0 official
    expect(cells.slice(0, 4)).toEqual(['$1,200.00', '$1,250.00', '$1,560.00', '$1,500.00']);
    expect(
      within(costRow('100'))
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 4),
    ).toEqual(['$120.00', '$125.00', '$156.00', '$150.00']);
    expect(within(costRow('500')).getAllByRole('cell')[1]).toHaveTextContent('$625.00');
  });

  it('switches to the O1 preset and draws the charts', async () => {
    const { user } = renderAppAt('/compare');
    await screen.findByRole('table', { name: /Total cost per month/ });
    await user.click(screen.getByRole('button', { name: 'O1 image-to-video' }));
    await waitFor(() => expect(within(costRow('1,000')).getAllByRole('cell')[1]).toHaveTextContent('$1,111.00'));
    expect(within(costRow('100')).getAllByRole('cell')[1]).toHaveTextContent('$111.10');
    expect(within(costRow('500')).getAllByRole('cell')[1]).toHaveTextContent('$555.50');
    await waitFor(() => expect(document.querySelectorAll('[data-testid="chart"] .recharts-line')).toHaveLength(2));
    expect(new URLSearchParams(window.location.search).getAll('c')[0]).toMatch(
      /^label=O1\+image-to-video%2C\+published\+USD\+rates&model=kling-video-o1/,
    );
  });

  it('turns an acceptance rate into cost per kept clip, and validates it', async () => {
    const { user } = renderAppAt('/compare');
    await screen.findByRole('table', { name: /Total cost per month/ });
    const acceptance = screen.getByLabelText('Acceptance rate (%)');
    await user.clear(acceptance);
    await user.type(acceptance, '80');
    await waitFor(() => expect(within(costRow('1,000')).getAllByRole('cell')[1]).toHaveTextContent('$1,562.50'));
    await user.clear(acceptance);
    await user.type(acceptance, '0');
    expect(await screen.findByText('A percentage above 0 and at most 100.')).toBeInTheDocument();
    expect(within(costRow('1,000')).getAllByRole('cell')[1]).toHaveTextContent('$1,562.50');
  });

  it('shows a margin table with percentages', async () => {
    renderAppAt('/compare');
    const margin = await screen.findByRole('table', { name: /Margin per month/ });
    expect(within(margin).getByRole('row', { name: /^1,000 / })).toHaveTextContent('-$50.00 (-4.2%)');
  });

  it('reads a scenario from the link, and drops what is invalid', async () => {
    const c = encodeURIComponent('label=Mine&model=kling-v3&mode=pro&duration=10&resolution=720p&input=text');
    renderAppAt(`/compare?c=${c}&at=10,20&max=abc`);
    expect(await screen.findByText(/Ignored from the link: max \("abc"\)/)).toBeInTheDocument();
    expect(
      within(costRow('20'))
        .getAllByRole('cell')
        .map((x) => x.textContent),
    ).toEqual(['$31.20', '$22.40']);
  });

  it('drops a vendor card or package the loaded cards do not have, and names it by configuration', async () => {
    const c = encodeURIComponent('label=Mine&model=kling-v3&vendor=gone&package=gone-too');
    renderAppAt(`/compare?c=${c}`);
    const notice = 'Ignored from the link: configuration 1: vendor ("gone"); configuration 1: package ("gone-too").';
    expect(await screen.findByText(notice, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Total cost per month/ })).toBeInTheDocument();
  });
});
