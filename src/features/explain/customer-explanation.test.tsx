// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../../test/helpers/render-app';
import { stubFetchFromDisk } from '../../../test/helpers/stub-fetch';

const charge = {
  model_name: 'kling-v3',
  mode: 'std',
  duration: 5,
  resolution: '1080p',
  prompt: 'a private prompt',
  image: 'https://example.com/private.jpg',
  charged_usd: '0.49',
  created_at: '2026-12-01T10:30:00Z',
};

beforeEach(() => {
  stubFetchFromDisk();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function explainCharge() {
  const rendered = renderAppAt('/explain?as_of=2026-12-01');
  fireEvent.change(await screen.findByLabelText('Request envelope'), { target: { value: JSON.stringify(charge) } });
  const vendor = (await screen.findByTestId('explain-vendor-usd')).textContent ?? '';
  expect(vendor).toMatch(/^\$\d+\.\d\d$/);
  return { ...rendered, vendor };
}

function expectCustomerSafe(text: string, vendor: string) {
  expect(text).not.toContain(vendor);
  expect(text).not.toMatch(/margin|seed|vendor|internal@|kling-official|units|private|example\.com/i);
}

const EXPECTED_START =
  'Your request\nYou asked for a video of 5 seconds from Kling 3.0 in Standard mode at 1080p, ' +
  'with 1 reference image, without audio.\nYou made the request on 2026-12-01 at 10:30 UTC.';
const EXPECTED_END =
  'The amount\nThe price for this request is $0.33.\nYou were charged $0.49, $0.16 more than this price. ' +
  'The difference comes from the resolution: that charge was worked out at 1080p instead of 720p.';

describe('Copy an explanation for the customer', () => {
  it('copies plain text: what was asked, how the price follows, the amount; no vendor cost, no margin', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { user, vendor } = await explainCharge();
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy an explanation for the customer' }));
    expect(await screen.findByText('The explanation is copied.')).toHaveAttribute('role', 'status');
    const text = String(writeText.mock.calls[0]?.at(0));
    expect(text.startsWith(EXPECTED_START)).toBe(true);
    expect(text.endsWith(EXPECTED_END)).toBe(true);
    expect(text).toContain('We used our price list dated 2026-11-21, the one in force on 2026-12-01');
    expectCustomerSafe(text, vendor);
  });

  it('shows the text, selected, in a box to copy by hand when the browser has no clipboard', async () => {
    const { user, vendor } = await explainCharge();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy an explanation for the customer' }));
    const box = await screen.findByLabelText('The explanation, to copy');
    expect(box).toHaveAttribute('readonly');
    expect((box as HTMLTextAreaElement).value.endsWith(EXPECTED_END)).toBe(true);
    expectCustomerSafe((box as HTMLTextAreaElement).value, vendor);
    expect(screen.getByText(/did not let the page copy/)).toHaveAttribute('role', 'status');
  });
});

describe('the customer-safe link', () => {
  it('opens a page of its own with the same text, and nothing of the vendor or the margin', async () => {
    const { user, vendor } = await explainCharge();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy an explanation for the customer' }));
    await user.click(screen.getByRole('button', { name: 'Copy a customer-safe link' }));
    const opener = await screen.findByRole('link', { name: 'Open the customer’s page' });
    const link = new URL(opener.getAttribute('href') ?? '');
    expect(String(writeText.mock.calls[1]?.at(0))).toBe(link.href);
    expect(link.pathname).toBe('/explain/customer');
    expect(link.search).toBe('');
    const copied = String(writeText.mock.calls[0]?.at(0));
    cleanup();

    renderAppAt(`${link.pathname}${link.search}${link.hash}`);
    const page = await screen.findByTestId('customer-explanation');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your charge, explained');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How the price is worked out' })).toBeInTheDocument();
    const shown = [...page.querySelectorAll('section')]
      .map((s) => [...s.children].map((c) => c.textContent).join('\n'))
      .join('\n\n');
    expect(shown).toBe(copied);
    expectCustomerSafe(document.body.textContent ?? '', vendor);
  });

  it('says a damaged link is damaged, and an address without a charge carries none', async () => {
    renderAppAt('/explain/customer#e=!!notalink');
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is damaged: ask us for it again.');
    cleanup();
    window.location.hash = '';
    renderAppAt('/explain/customer');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('This address carries no charge to explain.'),
    );
  });
});
