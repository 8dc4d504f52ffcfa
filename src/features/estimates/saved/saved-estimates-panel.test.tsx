// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EstimateFile } from '../../../engine';
import { SAVED_ESTIMATES_KEY } from '../../../lib/screen-storage-keys';
import { entryOf, fileFor } from '../../../../test/helpers/saved-estimates';
import { SavedEstimatesPanel } from './saved-estimates-panel';

const NOW = new Date('2026-11-30T14:05:00.000Z');
const now = () => NOW;
const BACKUP = 'kling-calc:estimates:backup:2026-11-30T14:05:00.000Z';

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

function renderPanel(current: EstimateFile | null = fileFor('Acme'), currentProblem: string | null = null) {
  const onOpen = vi.fn<(file: EstimateFile) => void>();
  const user = userEvent.setup();
  // As the app renders it: StrictMode runs the effect that sets a corrupt store aside twice.
  const view = render(
    <StrictMode>
      <SavedEstimatesPanel current={current} currentProblem={currentProblem} onOpen={onOpen} now={now} />
    </StrictMode>,
  );
  return { user, onOpen, ...view };
}

const row = (name: string) => screen.getByRole('listitem', { name });
const stored = () => JSON.parse(localStorage.getItem(SAVED_ESTIMATES_KEY) ?? '[]') as { name: string }[];

async function saveAs(user: ReturnType<typeof userEvent.setup>, name = '') {
  const field = screen.getByLabelText('Name for this estimate');
  await user.clear(field);
  if (name) await user.type(field, name);
  await user.click(screen.getByRole('button', { name: 'Save this estimate' }));
}

describe('Saved estimates', () => {
  it('cannot save while the estimate does not read, and says why', () => {
    renderPanel(null, 'lines[0].clips_per_month: must be a whole number.');
    const save = screen.getByRole('button', { name: 'Save this estimate' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Nothing to save yet: lines[0].clips_per_month: must be a whole number.');
    expect(screen.getByRole('heading', { name: 'No estimates saved in this browser yet.' })).toBeVisible();
  });

  it('saves under the customer’s name, lists it, and opens it', async () => {
    const { user, onOpen } = renderPanel();
    await saveAs(user);
    expect(screen.getByRole('status')).toHaveTextContent('Saved as “Acme” in this browser.');
    expect(within(row('Acme')).getByText('Acme · 3 months · 1 line · saved Nov 30, 2026, 2:05 PM UTC')).toBeVisible();
    expect(stored().map((e) => e.name)).toEqual(['Acme']);
    await saveAs(user, 'Acme');
    expect(screen.getByRole('status')).toHaveTextContent('Saved as “Acme (2)” (“Acme” is taken) in this browser.');
    await user.click(within(row('Acme')).getByRole('button', { name: 'Open Acme' }));
    expect(onOpen).toHaveBeenCalledWith(fileFor('Acme'));
    expect(screen.getByRole('button', { name: 'Save changes to “Acme”' })).toBeEnabled();
  });

  it('renames in the row: Enter saves, Escape cancels, a taken name is refused by the field', async () => {
    const { user } = renderPanel();
    await saveAs(user, 'Acme');
    await saveAs(user, 'Beta');
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    const field = screen.getByLabelText('New name');
    expect(field).toHaveFocus();
    await user.type(field, ' draft{Escape}');
    expect(screen.getByRole('button', { name: 'Rename Acme' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    await user.clear(screen.getByLabelText('New name'));
    await user.type(screen.getByLabelText('New name'), 'Beta{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not renamed: another saved estimate is already called “Beta”.',
    );
    expect(screen.getByLabelText('New name')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(screen.getByLabelText('New name'));
    await user.type(screen.getByLabelText('New name'), 'Acme Q1{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Renamed “Acme” to “Acme Q1”.');
    expect(screen.getByRole('button', { name: 'Rename Acme Q1' })).toHaveFocus();
    expect(stored().map((e) => e.name)).toEqual(['Beta', 'Acme Q1']);
  });

  it('duplicates, and deletes only after a confirmation in the row', async () => {
    const { user } = renderPanel();
    await saveAs(user);
    await user.click(screen.getByRole('button', { name: 'Duplicate Acme' }));
    await user.click(screen.getByRole('button', { name: 'Duplicate Acme' }));
    expect(stored().map((e) => e.name)).toEqual(['Acme', 'Acme (copy 2)', 'Acme (copy)']);

    await user.click(screen.getByRole('button', { name: 'Delete Acme (copy)' }));
    const confirm = within(row('Acme (copy)')).getByRole('group', {
      name: 'Delete “Acme (copy)”? This cannot be undone.',
    });
    expect(within(confirm).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delete Acme (copy)' })).toHaveFocus();
    expect(stored()).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Delete Acme (copy)' }));
    await user.click(screen.getByRole('button', { name: 'Delete Acme (copy)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Acme (copy)”.');
    expect(screen.queryByRole('listitem', { name: 'Acme (copy)' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'In this browser (2)' })).toHaveFocus();
    expect(stored().map((e) => e.name)).toEqual(['Acme', 'Acme (copy 2)']);
  });

  it('imports a file, naming it beside the button; a bad file is refused in words and changes nothing', async () => {
    const { user } = renderPanel();
    const input = screen.getByLabelText('Import…');
    const bad = JSON.stringify({ ...fileFor('Gamma'), months: 0 });
    await user.upload(input, new File([bad], 'gamma.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing imported from gamma.json: it is not an estimate that reads: ' +
        'months: must be a whole number of months from 1 to 12, got 0.',
    );
    expect(screen.getByText('gamma.json')).toBeVisible();
    expect(localStorage.getItem(SAVED_ESTIMATES_KEY)).toBeNull();

    await user.upload(input, new File([JSON.stringify(fileFor('Delta'))], 'delta.json'));
    expect(await screen.findByRole('listitem', { name: 'Delta' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Imported from delta.json: “Delta”.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a corrupt store, kept exactly under a backup key, and lists what reads', () => {
    const raw = JSON.stringify([entryOf('a1', 'Acme', fileFor('Acme')), entryOf('b2', 'Bad', { customer: 'Bad' })]);
    localStorage.setItem(SAVED_ESTIMATES_KEY, raw);
    renderPanel();
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1 saved estimate could not be read (months: must be a whole number of months from 1 to 12, got nothing); ' +
        `the store as it was is kept in this browser under ${BACKUP}.`,
    );
    expect(localStorage.getItem(BACKUP)).toBe(raw);
    expect(row('Acme')).toBeVisible();
    expect(stored().map((e) => e.name)).toEqual(['Acme']);
  });
});
