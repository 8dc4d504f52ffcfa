// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
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
  localStorage.clear();
});

const savedMultipliers = () => JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '{}').modelMultipliers;

async function addMultiplier(model: string, value: string) {
  const { user } = renderAppAt('/rate-cards');
  await screen.findByRole('region', { name: 'Loaded cards' });
  await user.click(screen.getByRole('button', { name: 'Add a model multiplier' }));
  await user.type(screen.getByLabelText('Model', { selector: '#multipliers-0-model' }), model);
  await user.type(screen.getByLabelText('Multiplier'), value);
  await user.click(screen.getByRole('button', { name: 'Save overrides' }));
  return user;
}

describe('a model multiplier for a model no card knows', () => {
  it('is not saved, and the nearest known id is offered', async () => {
    const user = await addMultiplier('kling-v33', '1.5');
    const model = screen.getByLabelText('Model', { selector: '#multipliers-0-model' });
    expect(model).toHaveAccessibleDescription(
      'kling-v33 is not a model on the loaded cards: did you mean kling-v3? Not saved.',
    );
    expect(
      screen.getByText('Not saved: a model multiplier names a model no card knows. Correct it, or save it anyway.'),
    ).toBeInTheDocument();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Use kling-v3' }));
    expect(model).toHaveValue('kling-v3');
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    expect(await screen.findByText('Saved in this browser; every screen now uses them.')).toBeInTheDocument();
    expect(savedMultipliers()).toEqual({ 'kling-v3': '1.5' });
  });

  it('is saved once the user confirms it', async () => {
    const user = await addMultiplier('kling-v33', '1.5');
    await user.click(screen.getByRole('button', { name: 'Save kling-v33 anyway' }));
    expect(await screen.findByText('Saved in this browser; every screen now uses them.')).toBeInTheDocument();
    expect(savedMultipliers()).toEqual({ 'kling-v33': '1.5' });
  });

  it('typed by its name ("Kling 3.0") is refused with its id', async () => {
    const user = await addMultiplier('Kling 3.0', '1.5');
    expect(screen.getByLabelText('Model', { selector: '#multipliers-0-model' })).toHaveAccessibleDescription(
      '"Kling 3.0" is not a model id: did you mean kling-v3?',
    );
    expect(screen.queryByRole('button', { name: /anyway/ })).toBeNull();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Use kling-v3' }));
    await user.click(screen.getByRole('button', { name: 'Save overrides' }));
    expect(savedMultipliers()).toEqual({ 'kling-v3': '1.5' });
  });

  it('says when none is close', async () => {
    await addMultiplier('sora-2', '1.5');
    expect(screen.getByLabelText('Model', { selector: '#multipliers-0-model' })).toHaveAccessibleDescription(
      'sora-2 is not a model on the loaded cards, and none is close. Not saved.',
    );
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
  });
});

describe('the override editor and the cards shown', () => {
  it("starts a model's multiplier from the card's value", async () => {
    const { user } = renderAppAt('/rate-cards');
    await screen.findByRole('region', { name: 'Loaded cards' });
    await user.click(screen.getByRole('button', { name: 'Add a model multiplier' }));
    await user.type(screen.getByLabelText('Model', { selector: '#multipliers-0-model' }), 'kling-v3');
    const value = screen.getByLabelText('Multiplier');
    expect(value).toHaveAttribute('placeholder', '1.3');
    expect(value).toHaveAccessibleDescription('The card: × 1.3');
  });

  it('names each model of the internal card as people know it', async () => {
    renderAppAt('/rate-cards');
    const loaded = await screen.findByRole('region', { name: 'Loaded cards' });
    const models = within(loaded).getByRole('table', { name: 'Model' });
    expect(within(models).getByRole('row', { name: 'Kling 3.0 · kling-v3 1.3' })).toBeInTheDocument();
  });

  it('shows the what-if of the link, which Save as override saves', async () => {
    const { user } = renderAppAt('/rate-cards?mult=kling-v3:1.5');
    const marker = await screen.findByRole('region', { name: 'What-if' });
    expect(marker).toHaveTextContent('What-if: kling-v3 × 1.5 (card: × 1.3).');
    await user.click(within(marker).getByRole('button', { name: 'Save as override' }));
    expect(await screen.findByText(/Saved as your override: kling-v3 × 1.5/)).toBeInTheDocument();
    expect(savedMultipliers()).toEqual({ 'kling-v3': '1.5' });
    // The editor shows what was saved.
    expect(screen.getByLabelText('Model', { selector: '#multipliers-0-model' })).toHaveValue('kling-v3');
    expect(window.location.search).toBe('');
  });
});
