/**
 * Compare at scale as a salesperson sees it, on a phone and a desktop, light and dark: who wins,
 * a chart tall enough to read, tables that scroll inside their panel, and nothing that scrolls
 * the page sideways. Screenshots in test-results/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);
let s: Session;
beforeEach(() => {
  s = session();
});

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The chart's drawing (recharts' surface) and its plot (the grid inside the axes), in CSS pixels. */
async function chartBoxes(page: Page) {
  const surface = page.locator('[data-testid="chart"] .recharts-wrapper > svg.recharts-surface');
  await surface.waitFor();
  const plot = await page.locator('[data-testid="chart"] .recharts-cartesian-grid').boundingBox();
  return { surface: await surface.boundingBox(), plot };
}

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('Compare at 375 px and 1280 px, light and dark', () => {
  it('draws a chart at least 240 px tall, never scrolls the page sideways, and has no axe violations', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await s.page.emulateMedia({ colorScheme });
      for (const width of [375, 1280]) {
        await s.page.setViewportSize({ width, height: 900 });
        await s.page.goto(`${baseUrl}/compare`);
        const { surface, plot } = await chartBoxes(s.page);
        const where = `${width} px, ${colorScheme}`;
        expect([where, surface && surface.height >= 240, plot && plot.height >= 240]).toEqual([where, true, true]);
        expect([where, await pageOverflow(s.page)]).toEqual([where, 0]);
        expect([where, await axe(s.page)]).toEqual([where, []]);
        await s.page.screenshot({ path: `test-results/compare-${width}-${colorScheme}.png`, fullPage: true });
      }
    }
  });

  it('says who wins at each volume', async () => {
    await s.page.goto(`${baseUrl}/compare`);
    const row = s.page.getByRole('table', { name: /Who wins at each volume/ }).getByRole('row', { name: /^1,000 / });
    await row.waitFor();
    expect(await row.getByRole('listitem').allTextContents()).toEqual([
      'Our price: O3, published USD rates and O3, official units are $360.00 cheaper than ' +
        '3.0, published USD rates and 3.0, official units at 1,000 clips a month.',
      'Vendor cost: O3, published USD rates is $150.00 cheaper at the vendor than O3, official units ' +
        'at 1,000 clips a month.',
      'Margin: 3.0, published USD rates earns $110.00 more margin than O3, published USD rates ' +
        'at 1,000 clips a month.',
    ]);
  });

  it('on a phone, a wide table scrolls inside its panel, with a cue, by keyboard too', async () => {
    await s.page.setViewportSize({ width: 375, height: 800 });
    await s.page.goto(`${baseUrl}/compare`);
    const scroller = s.page.getByRole('region', { name: /Total cost per month/ });
    await scroller.waitFor();
    await expect.poll(() => s.page.getByText(/scroll the table sideways/).count()).toBeGreaterThanOrEqual(1);
    const scrollLeft = () => scroller.evaluate((e) => e.scrollLeft);
    expect(await scrollLeft()).toBe(0);
    await scroller.focus();
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(scrollLeft).toBeGreaterThan(0);
    expect(await pageOverflow(s.page)).toBe(0);
  });

  it('at 1280 px the tables fit their panels', async () => {
    await s.page.setViewportSize({ width: 1280, height: 900 });
    await s.page.goto(`${baseUrl}/compare`);
    await s.page.getByRole('table', { name: /Total cost per month/ }).waitFor();
    await chartBoxes(s.page);
    // The panels are regions too ("Cost per month"); a table that scrolls is a region named by its caption.
    expect(await s.page.getByRole('region', { name: /^Total cost per month|^Margin per month \(/ }).count()).toBe(0);
    expect(await s.page.getByText(/scroll the table sideways/).count()).toBe(0);
  });

  it('switches the figure and the lines of the chart, and the link keeps them', async () => {
    await s.page.goto(`${baseUrl}/compare`);
    const lines = s.page.locator('[data-testid="chart"] .recharts-line');
    await expect.poll(() => lines.count()).toBe(4);
    await s.page.getByRole('radio', { name: 'Margin' }).check();
    await s.page.getByRole('checkbox', { name: '3.0, official units' }).uncheck();
    await expect.poll(() => lines.count()).toBe(3);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('metric')).toBe('margin');
    const other = await s.context.newPage();
    await other.goto(s.page.url());
    await other.getByText('Margin per month against clips kept per month').waitFor();
    expect(await other.getByRole('radio', { name: 'Margin' }).isChecked()).toBe(true);
    expect(await other.getByRole('checkbox', { name: '3.0, official units' }).isChecked()).toBe(false);
    await expect.poll(() => other.locator('[data-testid="chart"] .recharts-line').count()).toBe(3);
  });
});
