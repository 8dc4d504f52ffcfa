// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimateOf, SPEC_EXAMPLE } from '../../../../test/helpers/estimates';
import { PrintButtons } from './print-buttons';

const estimate = estimateOf({ ...SPEC_EXAMPLE, customer: 'Acme, "West" Inc.' });
const sheetInPage = () => document.querySelector('[data-print-sheet]');

/** window.print, keeping what the page held when it was called. */
function stubPrint() {
  const printed: (string | null)[] = [];
  const print = vi.spyOn(window, 'print').mockImplementation(() => {
    printed.push(sheetInPage()?.textContent ?? null);
  });
  return { print, printed };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PrintButtons', () => {
  it('prints the customer sheet alone at the end of the page, and takes it away after printing', async () => {
    const { print, printed } = stubPrint();
    const user = userEvent.setup();
    render(<PrintButtons estimate={estimate} date="2026-11-30" problem={null} />);
    expect(sheetInPage()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Print for the customer' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(printed[0]).toMatch(/^EstimateCustomerAcme, "West" Inc\.Date30 November 2026/);
    expect(printed[0]).not.toMatch(/vendor|margin/i);
    expect(document.body.lastElementChild).toBe(sheetInPage());
    // Its name picks the print CSS's named page: A4, 12 mm (index.css).
    expect(sheetInPage()).toHaveAttribute('data-print-sheet', 'customer');
    expect(screen.getByRole('article', { name: 'Estimate for Acme, "West" Inc.' })).toBeInTheDocument();

    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(sheetInPage()).toBeNull();
  });

  it('prints the internal sheet, and the customer one again after it', async () => {
    const { print, printed } = stubPrint();
    const user = userEvent.setup();
    render(<PrintButtons estimate={estimate} date="2026-11-30" problem={null} />);
    await user.click(screen.getByRole('button', { name: 'Print internal' }));
    expect(printed[0]).toMatch(/^Estimate: internalInternal: not for the customer/);
    expect(printed[0]).toContain('Vendor cost');
    expect(sheetInPage()).toHaveAttribute('data-print-sheet', 'internal');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await user.click(screen.getByRole('button', { name: 'Print for the customer' }));
    await user.click(screen.getByRole('button', { name: 'Print for the customer' }));
    expect(print).toHaveBeenCalledTimes(3);
    expect(printed.slice(1).map((t) => t?.slice(0, 16))).toEqual(['EstimateCustomer', 'EstimateCustomer']);
  });

  it('downloads the CSV under the customer’s name and the date', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:estimate';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    render(<PrintButtons estimate={estimate} date="2026-11-30" problem={null} />);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(names).toEqual(['estimate-acme-west-inc-2026-11-30.csv']);
    const text = await blobs[0].text();
    expect(text.split('\r\n')[0]).toMatch(/^line,kind,what,count_per_month,internal_usd_per_month,/);
    expect(text).toContain('Total,,,,7800.00,7020.00,61000,7770.00,-750.00,-10.7,');
  });

  it('is disabled, saying why, when there is no estimate', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const problem = 'lines[0].request.model: unknown model "kling-v9"';
    render(<PrintButtons estimate={null} date="2026-11-30" problem={problem} />);
    for (const name of ['Print for the customer', 'Print internal', 'Download CSV']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(problem);
      await user.click(button);
    }
    expect(screen.getByText(problem)).toBeVisible();
    expect(print).not.toHaveBeenCalled();
    expect(sheetInPage()).toBeNull();
  });
});
