// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

beforeEach(() => {
  stubFetchFromDisk();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const rowOf = (testId: string, name: RegExp) =>
  within(within(screen.getByTestId(testId)).getByRole('table')).getByRole('row', { name });

describe('Plan', () => {
  it('plans by priority, skipping what no longer fits, and shows the alerts', async () => {
    renderAppAt('/plan');
    await screen.findByTestId('plan-priority');
    expect(rowOf('plan-priority', /Story segments/)).toHaveTextContent('25 / 40');
    expect(rowOf('plan-priority', /Story segments/)).toHaveTextContent('15 skipped: no more fit in what is left');
    expect(rowOf('plan-priority', /260|245 clips/)).toHaveTextContent('Spent $148.70 · remaining $1.30 · 99.1% used');
    const alerts = screen.getByRole('list', { name: 'Budget alerts' });
    expect(
      within(alerts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Budget alert: 99.1% of the $150.00 budget used (threshold 50%).',
      'Budget alert: 99.1% of the $150.00 budget used (threshold 75%).',
      'Budget alert: 99.1% of the $150.00 budget used (threshold 90%).',
    ]);
  });

  it('replans as the budget and thresholds change, with messages for bad input', async () => {
    const { user } = renderAppAt('/plan');
    await screen.findByTestId('plan-priority');
    const budget = screen.getByLabelText('Monthly budget (USD)');
    await user.clear(budget);
    await user.type(budget, '40');
    await waitFor(() => expect(rowOf('plan-priority', /Hero product showcase/)).toHaveTextContent('20 / 20'));
    expect(rowOf('plan-priority', /Social clips/)).toHaveTextContent('35 / 200');
    expect(rowOf('plan-most-clips', /Social clips/)).toHaveTextContent('160 / 200');
    await user.clear(budget);
    await user.type(budget, 'lots');
    expect(await screen.findByText('Enter an amount in dollars, such as 500 or 1250.50.')).toBeInTheDocument();
    await user.clear(budget);
    await user.type(budget, '40');
    const thresholds = screen.getByLabelText('Alert thresholds (%)');
    await user.clear(thresholds);
    await user.type(thresholds, '95');
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Budget alerts' })).getAllByRole('listitem')).toHaveLength(1),
    );
  });

  it('buys the cheapest packages for the volume and shows what expires', async () => {
    const { user } = renderAppAt('/plan');
    expect(await screen.findByTestId('package-total')).toHaveTextContent('$13,440.00');
    expect(screen.getByTestId('units-expiring')).toHaveTextContent('0');
    expect(screen.getByText(/150 clips an hour/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '30 days' }));
    // 5,000 clips × 8 units = 40,000 units: package 2 (45,000) beats package 3.
    await waitFor(() => expect(screen.getByTestId('package-total')).toHaveTextContent('$5,670.00'));
    expect(screen.getByTestId('units-expiring')).toHaveTextContent('5,000');
  });

  it('drops a vendor card or package the loaded cards do not have, and names it by line or package clip', async () => {
    const line = encodeURIComponent('label=Mine&count=5&priority=1&model=kling-v3&vendor=gone');
    const clip = encodeURIComponent('model=kling-v3&package=gone-too');
    renderAppAt(`/plan?l=${line}&pc=${clip}`);
    const notice = 'Ignored from the link: line 1: vendor ("gone"); package clip: package ("gone-too").';
    expect(await screen.findByText(notice, { exact: false })).toBeInTheDocument();
    expect(await screen.findByTestId('package-total')).toBeInTheDocument();
  });
});

describe('account balance', () => {
  const answer = (days: number) =>
    JSON.stringify({
      code: 0,
      data: {
        resource_pack_subscribe_infos: [
          {
            resource_pack_name: 'Package 1',
            resource_pack_id: 'p1',
            total_quantity: 30000,
            remaining_quantity: 20000,
            purchase_time: 0,
            effective_time: 0,
            invalid_time: Date.now() + days * 86_400_000,
            status: 'online',
          },
        ],
      },
    });

  it('shows what remains, what would be forfeited, and how long it lasts; keeps it where asked', async () => {
    localStorage.clear();
    const { user } = renderAppAt('/plan');
    const box = await screen.findByLabelText("Kling's account-costs answer (JSON)");
    const units = screen.getByLabelText('Units used per month');
    await user.clear(units);
    await user.type(units, '6000');
    fireEvent.change(box, { target: { value: answer(30) } });
    const balance = await screen.findByTestId('balance');
    // 6,000 a month = 200 a day: 6,000 used in the 30 days left, 14,000 forfeited.
    expect(within(balance).getByTestId('balance-forfeited')).toHaveTextContent('14,000');
    expect(within(balance).getByRole('row', { name: /Package 1/ })).toHaveTextContent('20,000 / 30,000');
    await waitFor(() => expect(window.location.hash).toMatch(/^#balance=/));
    await user.click(screen.getByRole('radio', { name: 'this browser' }));
    expect(localStorage.getItem('kling-calc:balance:v1')).toContain('Package 1');
    expect(window.location.hash).toBe('');
  });

  it('names what is wrong with a bad paste', async () => {
    renderAppAt('/plan');
    const box = await screen.findByLabelText("Kling's account-costs answer (JSON)");
    fireEvent.change(box, { target: { value: '{"data": {"resource_pack_subscribe_infos": [' } });
    expect(await screen.findByText(/^Not valid JSON at line 1, column/)).toBeInTheDocument();
    fireEvent.change(box, { target: { value: '{"data": {}}' } });
    expect(
      await screen.findByText(/This is not an account balance: this is not an account-costs answer/),
    ).toBeInTheDocument();
  });

  it('names a saved balance nested 5,000 deep instead of crashing, and keeps it', async () => {
    const deep = '['.repeat(5_000);
    localStorage.setItem('kling-calc:balance:v1', deep);
    try {
      renderAppAt('/plan');
      const box = await screen.findByLabelText("Kling's account-costs answer (JSON)");
      const tooDeep = 'Nested too deeply at line 1, column 513: more than 512 levels of [ and {.';
      expect(await screen.findByText(tooDeep)).toBeInTheDocument();
      expect(box).toHaveValue(deep);
      expect(screen.getByRole('radio', { name: 'this browser' })).toBeChecked();
      expect(screen.getByTestId('plan-priority')).toBeInTheDocument();
      expect(localStorage.getItem('kling-calc:balance:v1')).toBe(deep);
    } finally {
      localStorage.clear();
    }
  });

  it.each([
    ['that cannot be unpacked', 'AQUAAAA'],
    ['nested 10,000 deep', '7cEBDQAAAMKgoO_fwxxuQAEAAAAAAAAAAMC_AQ'],
  ])('names a damaged balance link %s in words, and stays usable', async (_, packed) => {
    renderAppAt(`/plan#balance=${packed}`);
    const damaged =
      'This link is damaged: its account balance could not be read. Paste the account-costs answer again.';
    expect(await screen.findByText(damaged)).toBeInTheDocument();
    expect(screen.queryByText(/invalid stored block lengths/)).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-priority')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Kling's account-costs answer (JSON)"), { target: { value: answer(30) } });
    expect(await screen.findByTestId('balance')).toBeInTheDocument();
    expect(screen.queryByText(damaged)).not.toBeInTheDocument();
  });

  it('says so in words when this browser refuses to keep the balance', async () => {
    const { user } = renderAppAt('/plan');
    const box = await screen.findByLabelText("Kling's account-costs answer (JSON)");
    fireEvent.change(box, { target: { value: answer(30) } });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException("Failed to execute 'setItem' on 'Storage'", 'QuotaExceededError');
    });
    try {
      await user.click(screen.getByRole('radio', { name: 'this browser' }));
      expect(await screen.findByText(/^The browser's storage for this site is full/)).toBeInTheDocument();
      expect(screen.queryByText(/Failed to execute/)).not.toBeInTheDocument();
      // Not lost: it stays in the link.
      expect(screen.getByRole('radio', { name: 'this link' })).toBeChecked();
      await waitFor(() => expect(window.location.hash).toMatch(/^#balance=/));
    } finally {
      setItem.mockRestore();
    }
  });
});
