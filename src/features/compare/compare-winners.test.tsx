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

const winnersAt = async (volume: string) => {
  const table = await screen.findByRole('table', { name: /Who wins at each volume/ });
  const row = within(table).getByRole('row', { name: new RegExp(`^${volume} `) });
  return within(row)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};
/** The "Per clip" line of one configuration. */
const perClip = async (label: string) => {
  const panel = await screen.findByRole('region', { name: 'Per clip' });
  const line = within(panel)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(`${label}:`));
  if (!line) throw new Error(`no line for ${label}`);
  return line;
};
const config = (query: string) => `c=${encodeURIComponent(query)}`;
const o3 = 'model=kling-v3-omni&mode=pro&duration=10&resolution=1080p&input=text&audio=1';
const unknown = 'model=kling-v9&mode=pro&duration=5&resolution=720p&input=text';
const v3 = 'model=kling-v3&mode=pro&duration=10&resolution=1080p&input=text&audio=1';

describe('Compare says who wins', () => {
  it("names the winner at each volume and by how much, on seed 002's O3 vs 3.0", async () => {
    renderAppAt(
      `/compare?${config(`label=O3&${o3}&vendor=seed-002-usd`)}&${config(`label=Kling 3.0&${v3}&vendor=seed-002-usd`)}`,
    );
    expect(await winnersAt('1,000')).toEqual([
      'Our price: O3 is $360.00 cheaper than Kling 3.0 at 1,000 clips a month.',
      'Vendor cost: O3 is $250.00 cheaper at the vendor than Kling 3.0 at 1,000 clips a month.',
      'Margin: Kling 3.0 earns $110.00 more margin than O3 at 1,000 clips a month.',
    ]);
    expect((await winnersAt('100'))[1]).toBe(
      'Vendor cost: O3 is $25.00 cheaper at the vendor than Kling 3.0 at 100 clips a month.',
    );
  });

  it('names ties, and leaves out what cannot be priced, saying why', async () => {
    renderAppAt(
      `/compare?${config(`label=A&${o3}&vendor=seed-002-usd`)}&${config(`label=B&${o3}`)}` +
        `&${config(`label=Unknown model&${unknown}`)}&at=1000`,
    );
    // A and B both charge $1.20 a clip; the model no card knows gets the default $0.60 and no vendor cost.
    expect(await winnersAt('1,000')).toEqual([
      'Our price: Unknown model is $600.00 cheaper than A and B at 1,000 clips a month.',
      'Vendor cost: A is $150.00 cheaper at the vendor than B at 1,000 clips a month.' +
        'Left out: Unknown model (no vendor cost).',
      'Margin: A earns $150.00 more margin than B at 1,000 clips a month.' +
        'Left out: Unknown model (no margin without a vendor cost).',
    ]);
  });

  it('says when there is nothing to compare', async () => {
    renderAppAt(`/compare?${config(`label=Unknown model&${unknown}`)}&at=10`);
    expect(await winnersAt('10')).toEqual([
      'Our price: Unknown model is the only configuration: $6.00 at 10 clips a month.',
      'Vendor cost: No configuration has a vendor cost at 10 clips a month.',
      'Margin: No configuration has a margin at 10 clips a month.',
    ]);
  });
});

describe('the same default package as the Quote screen', () => {
  it('prices the official card at list price unless a package is picked', async () => {
    const { user } = renderAppAt('/compare');
    expect(await perClip('O3, official units')).toHaveTextContent('vendor cost $1.40 a clip');
    expect(screen.getByLabelText('Official card package in presets')).toHaveValue('list');
    await user.selectOptions(screen.getByLabelText('Official card package in presets'), 'package-2');
    await user.click(screen.getByRole('button', { name: 'O3 vs 3.0 at scale' }));
    await waitFor(async () =>
      expect(await perClip('O3, official units')).toHaveTextContent('vendor cost $1.26 a clip'),
    );
    expect(window.location.search).toContain('package%3Dpackage-2');
  });

  it('keeps the package a link names', async () => {
    renderAppAt(`/compare?${config(`label=Mine&${o3}&package=package-3`)}`);
    expect(await perClip('Mine')).toHaveTextContent('vendor cost $1.12 a clip');
    expect(screen.getByLabelText('Official card package in presets')).toHaveValue('package-3');
  });
});

describe('the chart: one figure at a time, lines that can be switched off', () => {
  const lines = () => document.querySelectorAll('[data-testid="chart"] .recharts-line');

  it('draws the figure picked, and keeps it in the link', async () => {
    const { user } = renderAppAt('/compare');
    await waitFor(() => expect(lines()).toHaveLength(4));
    expect(screen.getByRole('radio', { name: 'Our price' })).toBeChecked();
    expect(screen.getByText('Our price per month against clips kept per month')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Vendor cost' }));
    expect(screen.getByText('Vendor cost per month against clips kept per month')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('metric')).toBe('vendor');
    // The arrow keys move between the figures, as in any group of radio buttons.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Margin' })).toBeChecked();
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('metric')).toBe('margin'));
    expect(lines()).toHaveLength(4);
  });

  it('opens a link on the figure it names', async () => {
    renderAppAt('/compare?metric=margin');
    expect(await screen.findByRole('radio', { name: 'Margin' })).toBeChecked();
  });

  it("switches a configuration's line off and on, by mouse or keyboard, and keeps it in the link", async () => {
    const { user } = renderAppAt('/compare');
    await waitFor(() => expect(lines()).toHaveLength(4));
    const lineToggles = screen.getByRole('group', { name: 'Lines on the chart' });
    const official = within(lineToggles).getByRole('checkbox', { name: 'O3, official units' });
    await user.click(official);
    expect(official).not.toBeChecked();
    await waitFor(() => expect(lines()).toHaveLength(3));
    expect(new URLSearchParams(window.location.search).getAll('c')[2]).toContain('line=off');
    // Its figures stay in the tables.
    expect(screen.getByRole('table', { name: /Total cost per month/ })).toHaveTextContent('$1,400.00');
    official.focus();
    await user.keyboard(' ');
    expect(official).toBeChecked();
    await waitFor(() => expect(lines()).toHaveLength(4));
    expect(new URLSearchParams(window.location.search).getAll('c')[2]).not.toContain('line=off');
  });

  it('says so when every line is off', async () => {
    const c = config(`label=Only&${o3}&line=off`);
    renderAppAt(`/compare?${c}`);
    expect(await screen.findByText(/Every line is switched off/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Only' })).not.toBeChecked();
  });
});
