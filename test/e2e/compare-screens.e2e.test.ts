/** Compare at scale, every screen's width, and the first page's weight, in real Chromium on the production build. */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);
let s: Session;
beforeEach(() => {
  s = session();
});

async function cells(volume: string, tableName: RegExp) {
  const row = s.page.getByRole('table', { name: tableName }).getByRole('row', { name: new RegExp(`^${volume} `) });
  return row.getByRole('cell').allTextContents();
}

describe('Compare at scale in Chromium', () => {
  it('reproduces the "O3 vs 3.0 at scale" preset, draws its chart, and exports CSV', async () => {
    await s.page.goto(`${baseUrl}/compare`);
    await s.page.getByRole('button', { name: 'O3 vs 3.0 at scale' }).click();
    await s.page.getByRole('table', { name: /Total cost per month/ }).waitFor();
    expect((await cells('1,000', /Total cost per month/)).slice(0, 4)).toEqual([
      '$1,200.00',
      '$1,250.00',
      '$1,560.00',
      '$1,500.00',
    ]);
    expect((await cells('100', /Total cost per month/)).slice(0, 4)).toEqual([
      '$120.00',
      '$125.00',
      '$156.00',
      '$150.00',
    ]);
    expect((await cells('500', /Total cost per month/))[1]).toBe('$625.00');
    await expect.poll(() => s.page.locator('[data-testid="chart"] .recharts-wrapper > svg').count()).toBe(1);
    // One line a configuration, for the one figure drawn.
    expect(await s.page.locator('[data-testid="chart"] .recharts-line').count()).toBe(4);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Export cost table (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(download.suggestedFilename()).toBe('kling-cost-by-volume.csv');
    expect(csv.split('\r\n')[3]).toMatch(/^1000,1200\.00,1250\.00,1000,1560\.00,1500\.00,1000,/);
  });

  it('reproduces the "O1 image-to-video" preset', async () => {
    await s.page.goto(`${baseUrl}/compare`);
    await s.page.getByRole('button', { name: 'O1 image-to-video' }).click();
    await expect.poll(async () => (await cells('1,000', /Total cost per month/))[1]).toBe('$1,111.00');
    expect((await cells('100', /Total cost per month/))[1]).toBe('$111.10');
    expect((await cells('500', /Total cost per month/))[1]).toBe('$555.50');
  });

  it('keeps the scenario in the link', async () => {
    await s.page.goto(`${baseUrl}/compare`);
    await s.page.getByRole('button', { name: 'O1 image-to-video' }).click();
    await s.page.getByLabel('Acceptance rate (%)').fill('50');
    await expect.poll(() => s.page.url()).toContain('accept=50');
    const other = await s.context.newPage();
    await other.goto(s.page.url());
    const row = other.getByRole('table', { name: /Total cost per month/ }).getByRole('row', { name: /^1,000 / });
    await row.waitFor();
    expect((await row.getByRole('cell').allTextContents())[1]).toBe('$2,222.00');
  });

  it('has no axe violations', async () => {
    await s.page.goto(`${baseUrl}/compare`);
    await s.page.locator('[data-testid="chart"] svg').first().waitFor();
    const results = await new AxeBuilder({ page: s.page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('every screen at 375 px', () => {
  it('fits the width, with nothing to scroll sideways', async () => {
    await s.page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/', '/compare', '/estimates', '/margins', '/explain', '/rate-cards']) {
      await s.page.goto(`${baseUrl}${path}`);
      await s.page.getByRole('heading', { level: 1 }).waitFor();
      await s.page.waitForTimeout(500);
      for (const d of await s.page.locator('details').all()) await d.evaluate((e) => e.setAttribute('open', ''));
      await s.page.waitForTimeout(300);
      const overflow = await s.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect([path, overflow]).toEqual([path, 0]);
    }
  });
});

describe('the Quote screen downloads no chart code', () => {
  it('loads only the first chunk', async () => {
    await s.page.goto(`${baseUrl}/`);
    await s.page.getByTestId('internal-usd').waitFor();
    // The price is in the prerendered HTML: wait for everything the page then loads.
    await s.page.waitForLoadState('networkidle');
    const scripts = s.requests.filter((u) => u.endsWith('.js'));
    expect(
      scripts.filter((u) => /charts|compare-page|estimates-page|explain-page|rate-cards-page|recharts/.test(u)),
    ).toEqual([]);
    // All the JavaScript the first load fetched, gzipped: within the 120 KB budget.
    const sizes = await Promise.all(
      scripts.map(async (u) => gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer()), { level: 9 }).length),
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(120_000);
  });
});
