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

// Each figure below is the engine's for the same file: estimate-figures.test.ts checks them there.
/** The screen loads its chunk and the cards first: slow on a busy machine. */
const opened = () => screen.findByRole('heading', { name: 'Estimate for New customer' }, { timeout: 10_000 });

const figure = (id: string) => screen.getByTestId(id).textContent;

describe('the estimate form', () => {
  it('prices the usual ask for a quarter, as the engine prices its file', async () => {
    renderAppAt('/estimates');
    await opened();
    // 5,000 × $1.56 + 20,000 × $0.25 = $12,800 a month at our list price.
    expect(figure('month-customer')).toBe('$12,800.00');
    // Vendor cost at list price, as on every screen: 70,000 units × $0.14.
    expect(figure('month-vendor')).toBe('$9,800.00');
    expect(figure('month-margin')).toBe('$3,000.00 (23.4%) below target');
    expect(figure('period-customer')).toBe('$38,400.00');
    expect(figure('packages-usd')).toBe('$24,360.00');
    expect(screen.getByTestId('estimate-packages')).toHaveTextContent('1 × Package 1, 30,000 units ($4,200)');
    // Each line names its model as people know it, with its id.
    expect(screen.getByText(/^5,000 clips a month · /)).toHaveTextContent(
      '5,000 clips a month · Kling 3.0 · kling-v3 · pro · 10 s',
    );
  });

  it('applies a discount to each line and says the margin after it', async () => {
    const { user } = renderAppAt('/estimates');
    await opened();
    const discount = screen.getByLabelText('Discount on our price (%)');
    await user.clear(discount);
    await user.type(discount, '10');
    await waitFor(() => expect(figure('month-customer')).toBe('$11,520.00'));
    const table = screen.getByRole('table', { name: 'Each line, a month' });
    const row = within(table).getByRole('row', { name: /Product showcases/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5,000', '$7,800.00', '$7,020.00', '40,000', '$5,600.00', '$1,420.00 (20.2%) below target']);
  });

  it('names a wrong count beside its field and in the summary, and prices again once corrected', async () => {
    const { user } = renderAppAt('/estimates');
    await opened();
    await user.click(screen.getByText('1. Product showcases'));
    const count = screen.getAllByLabelText('Clips a month')[0];
    await user.clear(count);
    await user.type(count, 'lots');
    const message = 'must be a whole number from 0 to 1,000,000, got "lots"';
    expect(await screen.findByRole('alert')).toHaveTextContent(`lines[0].clips_per_month: ${message}`);
    expect(count).toHaveAccessibleDescription(message);
    expect(screen.queryByTestId('month-customer')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    await user.clear(count);
    await user.type(count, '100');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(figure('month-customer')).toBe(
      `$${(100 * 1.56 + 5000).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    );
  });

  it('adds a service line, which has vendor cost and no revenue, and says so', async () => {
    const { user } = renderAppAt('/estimates');
    await opened();
    await user.click(screen.getByRole('button', { name: 'Add a service' }));
    const service = screen.getByLabelText('Service');
    await user.selectOptions(service, 'lip-sync');
    const seconds = screen.getByLabelText('Seconds of video each');
    // A service billed by duration starts at its shortest, so a line added is priced at once.
    expect(seconds).toHaveValue('5');
    await user.clear(seconds);
    await user.type(seconds, '10');
    const notes = await screen.findByRole('list', { name: 'Notes on this estimate' });
    await waitFor(() => expect(notes).toHaveTextContent('Line 3: no internal price'));
    const row = within(screen.getByRole('table', { name: 'Each line, a month' })).getByRole('row', { name: /Line 3/ });
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('—');
  });

  it('plans the lines against a budget, and says every alert reached in one message', async () => {
    const { user } = renderAppAt('/estimates');
    await opened();
    await user.click(screen.getByLabelText('Plan the lines against a monthly budget'));
    const amount = screen.getByLabelText('Budget a month (USD)');
    await user.clear(amount);
    await user.type(amount, '12000');
    const alert = 'Spent $12000.00: past the 50%, 75% and 90% alerts of $12000.00 (100.0% used).';
    await waitFor(() => expect(screen.getByTestId('budget-alert')).toHaveTextContent(alert));
    const byPriority = screen.getByTestId('plan-priority');
    expect(within(byPriority).getByRole('row', { name: /Social clips/ })).toHaveTextContent('16,800 / 20,000');
  });
});
