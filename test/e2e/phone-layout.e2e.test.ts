/**
 * The phone layout, at 375 px in real Chromium on the production build: every screen fits the width
 * (only a table's own scrolling region may be wider), the Menu reaches every screen by keyboard,
 * axe finds nothing in light or dark, and Quote keeps its price in view while the form is edited.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openContext, type Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const PHONE = { width: 375, height: 800 };
const session = browserSession(baseUrl, { viewport: PHONE });
let s: Session;
beforeEach(() => {
  s = session();
});

const SCREENS = [
  ['/', 'Quote'],
  ['/compare', 'Compare at scale'],
  ['/estimates', 'Estimates'],
  ['/margins', 'Margin map'],
  ['/explain', 'Explain a charge'],
  ['/rate-cards', 'Rate cards'],
] as const;

const charge = JSON.stringify({ model_name: 'kling-v3', mode: 'std', duration: 5, charged_usd: '0.49' });

/** The customer page's address, as Explain makes it for this charge. */
async function customerAddress(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/explain`);
  await page.getByLabel('Request envelope').fill(charge);
  await page.getByRole('button', { name: 'Copy a customer-safe link' }).click();
  return (await page.getByRole('link', { name: 'Open the customer’s page' }).getAttribute('href')) ?? '';
}

/** An old Plan link: Estimates with its budget's tables. */
const PLAN = `/plan?budget=20&against=internal&l=${encodeURIComponent('label=Hero&count=20&model=kling-v3&duration=10')}`;

/** Estimates with an account balance pasted: its table of resource packs. */
async function withBalance(page: Page) {
  await page.goto(`${baseUrl}/estimates`);
  const pack = { resource_pack_name: 'Package 3 with a long name', resource_pack_id: 'p3', status: 'online' };
  const times = { purchase_time: 0, effective_time: 0, invalid_time: Date.now() + 10 * 86_400_000 };
  const answer = {
    data: { resource_pack_subscribe_infos: [{ ...pack, ...times, total_quantity: 60000, remaining_quantity: 45000 }] },
  };
  await page.getByLabel('Units used per month').fill('30000');
  await page.getByLabel("Kling's account-costs answer (JSON)").fill(JSON.stringify(answer));
  await page.getByRole('table', { name: 'Resource packs, the first to expire first' }).waitFor();
}

/** Opens every disclosure, so that what it holds is measured too. */
async function openAll(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(500);
  for (const d of await page.locator('details').all()) await d.evaluate((e) => e.setAttribute('open', ''));
  await page.waitForTimeout(300);
}

/** How far the page scrolls sideways, and every element whose right edge is past the viewport's. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      // Inside a region that scrolls sideways (a wide table in its panel): that region is what must fit.
      const scroller = element.parentElement?.closest('[role="region"], .overflow-x-auto');
      if (scroller && scroller.getBoundingClientRect().right <= width + 0.5) continue;
      past.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}"`);
    }
    return { sideways: document.documentElement.scrollWidth - width, past: past.slice(0, 5) };
  });
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the phone layout at 375 px', () => {
  it.each(['light', 'dark'] as const)(
    'fits every screen and the customer page in the width, %s, with no axe violation',
    async (colorScheme) => {
      const customer = await customerAddress(s.page);
      const browser = s.context.browser() as Browser;
      const context = await openContext(browser, { viewport: PHONE, colorScheme });
      const page = await context.newPage();
      for (const path of [...SCREENS.map(([p]) => `${baseUrl}${p}`), customer, `${baseUrl}${PLAN}`, 'balance']) {
        if (path === 'balance') await withBalance(page);
        else await page.goto(path);
        await openAll(page);
        expect([path, await overflowing(page)]).toEqual([path, { sideways: 0, past: [] }]);
        expect([path, await axe(page)]).toEqual([path, []]);
      }
      await context.close();
    },
    180_000,
  );

  it('reaches every screen from the Menu by keyboard, the current one marked', { timeout: 120_000 }, async () => {
    await s.page.goto(`${baseUrl}/`);
    for (const [i, [path, label]] of SCREENS.entries()) {
      const menu = s.page.getByRole('button', { name: 'Menu' });
      await menu.waitFor();
      // The links are hidden until the menu opens.
      expect(await s.page.getByRole('link', { name: label, exact: true }).isVisible()).toBe(false);
      await s.page.keyboard.press('Tab');
      await expect.poll(() => menu.evaluate((e) => e === document.activeElement)).toBe(true);
      await s.page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      if (i === 0) {
        expect(await s.page.getByRole('link', { name: 'Quote', exact: true }).getAttribute('aria-current')).toBe(
          'page',
        );
        // Escape closes it, and the focus stays on the button.
        await s.page.keyboard.press('Escape');
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        await s.page.keyboard.press('Enter');
      }
      for (let k = 0; k <= i; k++) await s.page.keyboard.press('Tab');
      await s.page.keyboard.press('Enter');
      await expect.poll(() => new URL(s.page.url()).pathname).toBe(path);
      await s.page.getByRole('heading', { level: 1 }).waitFor();
      // The new page's Menu works once its screen has hydrated (main.tsx marks it).
      await s.page.locator('html[data-ready]').waitFor({ state: 'attached' });
      await s.page.getByRole('button', { name: 'Menu' }).click();
      expect(await s.page.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe('page');
      // Every screen is axe-checked at this width above; the open menu, once.
      if (i === 0) expect(await axe(s.page)).toEqual([]);
      // From the top again, for the next screen.
      await s.page.goto(s.page.url());
    }
  });

  it('keeps Quote’s price in view while a field is focused, with the amounts the results show', async () => {
    await s.page.goto(`${baseUrl}/`);
    await s.page.getByTestId('internal-usd').waitFor();
    const duration = s.page.getByLabel('Duration (seconds)');
    await duration.fill('12');
    await duration.focus();
    const bar = s.page.getByRole('region', { name: 'Price summary' });
    await expect.poll(() => bar.getByRole('definition').first().textContent()).toBe('$0.78');
    const [barBox, fieldBox] = [await bar.boundingBox(), await duration.boundingBox()];
    if (!barBox || !fieldBox) throw new Error('not laid out');
    // On screen, at the foot of the viewport, clear of the focused field.
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(PHONE.height);
    expect(barBox.y).toBeGreaterThan(PHONE.height / 2);
    expect(fieldBox.y + fieldBox.height).toBeLessThanOrEqual(barBox.y);
    const shown = await bar.getByRole('definition').allTextContents();
    const text = async (id: string) => (await s.page.getByTestId(id).textContent()) ?? '';
    expect(shown).toEqual([
      await text('internal-usd'),
      await text('vendor-usd'),
      `${await text('margin-usd')} (${await text('margin-pct')}) loss`,
    ]);
    expect(shown).toEqual(['$0.78', '$1.01', '-$0.23 (-29.2%) loss']);
  });
});
