// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadOverrides } from '../../../test/helpers/reload-overrides';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';
import { servedWithLaterVersions } from '../../../test/helpers/later-card-files';

// The shipped cards, plus internal@2027-01-01 (kling-v3 at 1.5, was 1.3) and
// kling-official-units@2027-02-01 (Kling 3.0 silent 720p at 0.7 units a second, was 0.6).
function openOn(today: string) {
  vi.setSystemTime(new Date(`${today}T08:00:00Z`));
  return renderAppAt('/rate-cards');
}

/** Each card's versions as listed: "Version 2027-01-01: future: not yet in force". */
const standing = async (id: string) => {
  const list = await screen.findByTestId('card-versions');
  const card = within(list).getByRole('listitem', { name: id });
  return within(card)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  localStorage.clear();
  reloadOverrides();
  stubFetchFromDisk(servedWithLaterVersions());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('card versions on the Rate cards screen', () => {
  it('lists every version with its date and where it stands today', async () => {
    openOn('2026-11-30');
    expect(await standing('internal')).toEqual([
      'Version 2027-01-01: future: not yet in force',
      'Version 2026-11-21: in force until 2027-01-01',
    ]);
    expect(await standing('kling-official-units')).toEqual([
      'Version 2027-02-01: future: not yet in force',
      'Version 2026-09-20: in force until 2027-02-01',
    ]);
    expect(await standing('kling-services')).toEqual(['Version 2026-11-21: in force']);
    expect(screen.getByText(/Standing as of today, 2026-11-30\./)).toBeInTheDocument();
    const loaded = screen.getByRole('region', { name: 'Loaded cards' });
    expect(within(loaded).getAllByText(/^Source: /)).toHaveLength(9);
  });

  it('calls a version superseded once the next one is in force', async () => {
    openOn('2027-01-15');
    expect(await standing('internal')).toEqual([
      'Version 2027-01-01: in force',
      'Version 2026-11-21: superseded on 2027-01-01',
    ]);
    expect(await standing('kling-official-units')).toEqual([
      'Version 2027-02-01: future: not yet in force',
      'Version 2026-09-20: in force until 2027-02-01',
    ]);
  });

  it('diffs any two versions of one card, with what the change does to a sample price', async () => {
    const { user } = openOn('2026-11-30');
    const panel = await screen.findByRole('region', { name: 'Compare two versions of a card' });
    await user.selectOptions(within(panel).getByLabelText('Card'), 'internal@2026-11-21');
    expect(within(panel).getByLabelText('Against')).toHaveValue('internal@2027-01-01');
    const diff = within(panel).getByTestId('card-diff');
    expect(within(diff).getByText('2 changes from internal@2026-11-21 to internal@2027-01-01')).toBeInTheDocument();
    expect(within(diff).getByRole('row', { name: /^version / })).toHaveTextContent('"2026-11-21""2027-01-01"');
    expect(within(diff).getByRole('row', { name: /modelMultipliers\.kling-v3/ })).toHaveTextContent('"1.3""1.5"');
    expect(within(panel).getByTestId('diff-sample')).toHaveTextContent(
      'Sample request (kling-v3, pro, 10 s, 1080p, video): internal price as billed $1.95 before, $2.25 after.',
    );
    await user.selectOptions(within(panel).getByLabelText('Card'), 'kling-official-units@2027-02-01');
    expect(within(panel).getByLabelText('Against')).toHaveValue('kling-official-units@2026-09-20');
    const vendorDiff = within(panel).getByTestId('card-diff');
    expect(within(vendorDiff).getByRole('row', { name: /rates\.720p/ })).toHaveTextContent('"0.7""0.6"');
  });
});
