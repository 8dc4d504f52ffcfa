/**
 * Explain a charge in real Chromium: the verdict, the customer's explanation on the clipboard,
 * and the customer-safe page, none of which may hold a vendor figure, the margin or a seed.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openContext, type Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const charge = JSON.stringify(
  {
    model_name: 'kling-v3',
    mode: 'std',
    duration: 5,
    resolution: '1080p',
    prompt: 'A lighthouse at dusk',
    charged_usd: '0.49',
    created_at: '2026-12-01T10:30:00Z',
  },
  null,
  2,
);
const session = browserSession(baseUrl);
let s: Session;
beforeEach(() => {
  s = session();
});

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function expectCustomerSafe(text: string, vendor: string) {
  expect(text).toContain('The price for this request is $0.33.');
  expect(text).not.toContain(vendor);
  expect(text).not.toMatch(/margin|seed|vendor|internal@|kling-official|rate-cards|\.json|units/i);
}

async function explainCharge(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/explain?as_of=2026-12-01`);
  await page.getByLabel('Request envelope').fill(charge);
  await expect
    .poll(() => page.getByTestId('verdict-usd').textContent())
    .toBe(
      'Charged $0.49, expected $0.33 on internal@2026-11-21 (in force on 2026-12-01, the day of created_at): ' +
        'overcharged by $0.16.',
    );
  expect(await page.getByTestId('verdict-usd-detail').textContent()).toBe(
    'Cause: the 720p rule not applied: charged at the requested 1080p gives $0.49.',
  );
  const vendor = (await page.getByTestId('explain-vendor-usd').textContent()) ?? '';
  expect(vendor).toMatch(/^\$\d+\.\d\d$/);
  return vendor;
}

describe('Explain a charge: the verdict and the customer’s explanation', () => {
  it('gives the verdict, copies the explanation for the customer, and opens the customer-safe page', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const vendor = await explainCharge(s.page);
    expect(await axe(s.page)).toEqual([]);

    await s.page.getByRole('button', { name: 'Copy an explanation for the customer' }).click();
    await s.page.getByText('The explanation is copied.').waitFor();
    const copied = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('Your request\nYou asked for a video of 5 seconds from Kling 3.0')).toBe(true);
    expectCustomerSafe(copied, vendor);

    await s.page.getByRole('button', { name: 'Copy a customer-safe link' }).click();
    const opener = s.page.getByRole('link', { name: 'Open the customer’s page' });
    const href = (await opener.getAttribute('href')) ?? '';
    await expect.poll(() => s.page.evaluate(() => navigator.clipboard.readText())).toBe(href);
    expect(href).toMatch(new RegExp(`^${baseUrl}/explain/customer#e=`));

    const customer = await s.context.newPage();
    await customer.goto(href);
    const page = customer.getByTestId('customer-explanation');
    await page.waitFor();
    const body = (await customer.locator('body').innerText()).replace(/\n+/g, '\n');
    expect(body).toContain(copied.replace(/\n+/g, '\n'));
    expectCustomerSafe(body, vendor);
    expect(await customer.getByRole('navigation').count()).toBe(0);
    expect(await axe(customer)).toEqual([]);
  });

  it('offers the text to copy by hand when the clipboard is refused', async () => {
    await explainCharge(s.page);
    await s.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await s.page.getByRole('button', { name: 'Copy an explanation for the customer' }).click();
    const box = s.page.getByLabel('The explanation, to copy');
    expect(await box.inputValue()).toMatch(/^Your request\n/);
    expect(await axe(s.page)).toEqual([]);
  });

  it('lays out at 375 px and 1280 px, light and dark (screenshots in test-results/)', async () => {
    mkdirSync('test-results', { recursive: true });
    const browser = s.context.browser();
    if (!browser) throw new Error('no browser');
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        const context = await openContext(browser, { viewport: { width, height: 900 }, colorScheme });
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        const page = await context.newPage();
        await explainCharge(page);
        await page.getByRole('button', { name: 'Copy a customer-safe link' }).click();
        const href = (await page.getByRole('link', { name: 'Open the customer’s page' }).getAttribute('href')) ?? '';
        const overflow = () =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(await overflow()).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/explain-charge-${width}-${colorScheme}.png`, fullPage: true });
        await page.goto(href);
        await page.getByTestId('customer-explanation').waitFor();
        expect(await overflow()).toBeLessThanOrEqual(0);
        if (colorScheme === 'dark') expect(await axe(page)).toEqual([]);
        await page.screenshot({ path: `test-results/explain-customer-${width}-${colorScheme}.png`, fullPage: true });
        await context.close();
      }
    }
  });
});
