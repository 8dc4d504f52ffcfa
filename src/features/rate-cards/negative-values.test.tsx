// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
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

describe('a negative rate', () => {
  it('is refused in the editor as negative, not as "not a decimal"', async () => {
    const { user } = renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    await user.click(screen.getByRole('button', { name: 'Add a custom vendor rate' }));
    await user.type(screen.getByLabelText('Model', { selector: '#rates-0-model' }), 'kling-v2-5-turbo');
    await user.type(screen.getByLabelText('USD per second'), '-0.6');
    await user.click(screen.getByRole('button', { name: 'Add a model multiplier' }));
    await user.type(screen.getByLabelText('Model', { selector: '#multipliers-0-model' }), 'kling-v1-6');
    await user.type(screen.getByLabelText('Multiplier'), '-1.5');
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    expect(screen.getByLabelText('USD per second')).toHaveAccessibleDescription('Must be 0 or more, got -0.6.');
    // The card's value is the field's hint: the starting point.
    expect(screen.getByLabelText('Multiplier')).toHaveAccessibleDescription(
      'The card: × 1.0 Must be 0 or more, got -1.5.',
    );
    expect(screen.queryByText(/decimal/)).toBeNull();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
  });

  it('is refused in an imported file as negative, naming the path', async () => {
    renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    const rates = [{ model: 'kling-v2-5-turbo', usdPerSecond: '-0.6' }];
    const overrides = { version: 1, modelMultipliers: {}, customVendorRates: rates, vendorDiscountPct: null };
    const text = JSON.stringify(overrides);
    const file = new File([text], 'o.json', { type: 'application/json' });
    Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
    fireEvent.change(screen.getByLabelText('Import (JSON)'), { target: { files: [file] } });
    const reason = 'customVendorRates[0].usdPerSecond: must be 0 or more, got -0.6';
    expect(await screen.findByText(`The file is not a set of overrides: ${reason}.`)).toBeInTheDocument();
  });
});
