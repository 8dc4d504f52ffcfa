// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERRIDES_KEY } from '../../lib/overrides-store';
import { reloadOverrides } from '../../../test/helpers/reload-overrides';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

beforeEach(() => {
  localStorage.clear();
  reloadOverrides();
  stubFetchFromDisk();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Rate cards', () => {
  it('lists every loaded card with its source and version', async () => {
    renderAppAt('/rate-cards');
    const loaded = await screen.findByRole('region', { name: 'Loaded cards' });
    const stamps = [
      'internal@2026-11-21',
      'kling-official-units@2026-09-20',
      'seed-002-usd@2026-11-21',
      'seed-004-app-credits@2026-11-21',
      'kling-packages@2026-11-21',
    ];
    for (const stamp of stamps) {
      expect(within(loaded).getByText(stamp)).toBeInTheDocument();
    }
    expect(within(loaded).getAllByText(/^Source: /).length).toBe(7);
  });

  it('saves overrides that every screen then uses, and shows their diff', async () => {
    const { user, unmount } = renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    await user.click(screen.getByRole('button', { name: 'Add a model multiplier' }));
    await user.type(screen.getByLabelText('Model', { selector: '#multipliers-0-model' }), 'kling-v1-6');
    await user.type(screen.getByLabelText('Multiplier'), '1.2');
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    expect(await screen.findByText('Saved in this browser; every screen now uses them.')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '{}').modelMultipliers).toEqual({ 'kling-v1-6': '1.2' });
    const diff = await screen.findByTestId('card-diff');
    expect(within(diff).getByRole('row', { name: /modelMultipliers\.kling-v1-6/ })).toHaveTextContent('"1.0""1.2"');
    unmount();
    renderAppAt('/?model=kling-v1-6&duration=5&input=image');
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.30');
    expect(screen.getByText(/Your overrides are applied/)).toBeInTheDocument();
  });

  it('marks a bad value next to its field and saves nothing', async () => {
    const { user } = renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    await user.type(screen.getByLabelText('Discount on vendor cost (%)'), '150');
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    expect(await screen.findByText('A percentage from 0 to 100.')).toBeInTheDocument();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
  });

  it('refuses an import that is not a set of overrides, naming the path', async () => {
    renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    const input = screen.getByLabelText('Import (JSON)');
    const overrides = { version: 1, modelMultipliers: { x: 2 }, customVendorRates: [], vendorDiscountPct: null };
    const json = JSON.stringify(overrides);
    const file = new File([json], 'o.json', { type: 'application/json' });
    Object.defineProperty(file, 'text', { value: () => Promise.resolve(json) });
    fireEvent.change(input, { target: { files: [file] } });
    const refused = /The file is not a set of overrides: modelMultipliers\.x: must be a decimal number/;
    expect(await screen.findByText(refused)).toBeInTheDocument();
  });

  it('keeps a corrupt saved entry under a backup key, says so, and never goes blank', async () => {
    localStorage.setItem(OVERRIDES_KEY, '{"version": 1, "modelMultipliers": ');
    reloadOverrides();
    renderAppAt('/?model=kling-v3');
    const setAside = new RegExp(
      /Your saved overrides could not be read \(it is not valid JSON\)\. /.source +
        /They are kept, unchanged, under kling-calc:overrides:backup:/.source,
    );
    expect(await screen.findByText(setAside)).toBeInTheDocument();
    expect(await screen.findByTestId('internal-usd')).toHaveTextContent('$0.33');
    const backups = Object.keys(localStorage).filter((k) => k.startsWith('kling-calc:overrides:backup:'));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0])).toBe('{"version": 1, "modelMultipliers": ');
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
  });

  it('sets an outdated entry aside too', async () => {
    localStorage.setItem(OVERRIDES_KEY, JSON.stringify({ version: 0, multipliers: {} }));
    reloadOverrides();
    renderAppAt('/rate-cards');
    await waitFor(() => expect(screen.getByText(/could not be read \(version: must be 1/)).toBeInTheDocument());
  });
});

describe('a service price override', () => {
  it('gives a service line its internal price on the Quote screen', async () => {
    const { user, unmount } = renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    await user.click(screen.getByRole('button', { name: 'Add a service price' }));
    await user.type(screen.getByLabelText('Service id'), 'lip-sync');
    await user.type(screen.getByLabelText('USD'), '0.10');
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    expect(await screen.findByText('Saved in this browser; every screen now uses them.')).toBeInTheDocument();
    unmount();
    renderAppAt('/?model=kling-v3&duration=5&svc=lip-sync~12~1');
    const lines = await screen.findByTestId('service-lines');
    expect(within(lines).getByRole('row', { name: /Lip-sync/ })).toHaveTextContent('1.5$0.21$0.30');
  });
});
