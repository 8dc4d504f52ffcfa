/** Estimates in real Chromium on the production build: the sales ask, its link, the balance, an old Plan link. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openContext, type Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
let s: Session;
beforeEach(() => {
  s = session();
});

/** The totals a page shows: customer, vendor and margin, for a month and the period; and the packages' cost. */
async function totals(page: Page) {
  const read = (id: string) => page.getByTestId(id).textContent();
  return Promise.all(
    [
      'month-customer',
      'month-vendor',
      'month-margin',
      'period-customer',
      'period-vendor',
      'period-margin',
      'packages-usd',
    ].map(read),
  );
}

/** The sales ask: 5,000 product showcases and 20,000 social clips a month for a quarter, 10% off, for Acme. */
async function buildTheAsk(page: Page) {
  await page.goto(`${baseUrl}/estimates`);
  await page.getByLabel('Customer', { exact: true }).fill('Acme');
  await page.getByLabel('Period', { exact: true }).selectOption('3');
  await page.getByLabel('Discount on our price (%)').fill('10');
  await page.getByRole('heading', { name: 'Estimate for Acme' }).waitFor();
}

// 5,000 × $1.56 + 20,000 × $0.25 = $12,800.00 a month; 10% off each line: $7,020.00 + $4,500.00.
// Units: 5,000 × 8 + 20,000 × 1.5 = 70,000 a month at list price ($0.14): $9,800.00 a month of vendor cost; a 14.9%
// margin, under the default 30% target. The packages for the quarter's 210,000 units are still the cheapest mix:
// 1 × Package 1 + 3 × Package 3 = $24,360.00.
const ASK = [
  '$11,520.00',
  '$9,800.00',
  '$1,720.00 (14.9%) below target',
  '$34,560.00',
  '$29,400.00',
  '$5,160.00 (14.9%) below target',
  '$24,360.00',
];

describe('Estimates in Chromium', () => {
  it('answers the sales ask: totals for a month and the quarter, and the packages for all of it', async () => {
    await buildTheAsk(s.page);
    await expect.poll(() => totals(s.page)).toEqual(ASK);
    const packages = s.page.getByTestId('estimate-packages');
    expect(await packages.textContent()).toContain('1 × Package 1, 30,000 units ($4,200)');
    expect(await packages.textContent()).toContain('3 × Package 3, 60,000 units ($6,720, 20% off)');
    expect(await s.page.getByTestId('units-forfeited').textContent()).toBe('0');
    const results = await new AxeBuilder({ page: s.page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('copies a link that reopens the estimate exactly, in a fresh browser', async () => {
    await buildTheAsk(s.page);
    await expect.poll(() => totals(s.page)).toEqual(ASK);
    await s.page.getByRole('button', { name: 'Copy link' }).click();
    await s.page.getByText('Link copied: it reopens this estimate exactly.').waitFor();
    const link = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/estimates#estimate=[\w-]+$/);
    const browser = s.context.browser();
    if (!browser) throw new Error('no second browser context');
    const fresh = await openContext(browser);
    const other = await fresh.newPage();
    await other.goto(link);
    await other.getByRole('heading', { name: 'Estimate for Acme' }).waitFor();
    await expect.poll(() => totals(other)).toEqual(ASK);
    expect(await other.getByLabel('Discount on our price (%)').inputValue()).toBe('10');
    await fresh.close();
  });

  it('prints the customer one A4 page with no vendor cost, margin or units on it', async () => {
    await buildTheAsk(s.page);
    await expect.poll(() => totals(s.page)).toEqual(ASK);
    // Printing is Chromium's own dialog: the page's call is counted, and the PDF is made as printing would.
    await s.page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await s.page.getByRole('button', { name: 'Print for the customer' }).click();
    await s.page.locator('body[data-printed="yes"]').waitFor({ state: 'attached' });
    const sheet = s.page.locator('[data-print-sheet="customer"]');
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('Acme');
    expect(text).toContain('$34,560.00');
    for (const internal of ['$9,800.00', '$29,400.00', '$24,360.00', '$1,720.00', '$5,160.00', '70,000', '14.9%'])
      expect([internal, text.includes(internal)]).toEqual([internal, false]);
    expect(text).not.toMatch(/vendor|margin|units|package/i);
    const pdf = (await s.page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    // A4 is 595.28 × 841.89 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box?.slice(1).map((v) => Math.round(Number(v)))).toEqual(['595', '842'].map(Number));
  });

  it('saves the estimate in this browser, and reopens it after a reload', async () => {
    await buildTheAsk(s.page);
    await expect.poll(() => totals(s.page)).toEqual(ASK);
    await s.page.getByRole('button', { name: 'Save this estimate' }).click();
    await s.page.getByRole('button', { name: 'Open Acme' }).waitFor();
    await s.page.goto(`${baseUrl}/estimates`);
    await s.page.getByRole('heading', { name: 'Estimate for New customer' }).waitFor();
    await s.page.getByRole('button', { name: 'Open Acme' }).click();
    await s.page.getByRole('heading', { name: 'Estimate for Acme' }).waitFor();
    await expect.poll(() => totals(s.page)).toEqual(ASK);
  });

  it('sets a corrupt store aside under a backup key, exactly, and says so', async () => {
    await s.page.goto(`${baseUrl}/estimates`);
    const corrupt = '{"version": 1, "estimates": [ {"truncated';
    await s.page.evaluate((text) => localStorage.setItem('kling-calc:estimates:v1', text), corrupt);
    await s.page.reload();
    const alert = s.page.getByRole('alert').filter({ hasText: 'kling-calc:estimates:backup:' });
    await alert.waitFor();
    const kept = await s.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('kling-calc:estimates:backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([corrupt]);
    // The screen still works: an estimate can be saved beside the backup.
    await s.page.getByRole('button', { name: 'Save this estimate' }).click();
    await s.page.getByRole('button', { name: 'Open New customer' }).waitFor();
  });

  it('opens an old Plan link as an estimate of its lines, planned against its budget', async () => {
    const line = encodeURIComponent('label=Hero&count=20&priority=3&model=kling-v3&mode=pro&duration=10');
    await s.page.goto(`${baseUrl}/plan?budget=20&against=internal&l=${line}`);
    await s.page.getByText('this Plan link opened as an estimate').waitFor();
    expect(new URL(s.page.url()).pathname).toBe('/estimates');
    // $1.56 a clip: 12 of the 20 fit in $20.
    expect(await s.page.getByTestId('plan-priority').getByRole('row', { name: /Hero/ }).textContent()).toContain(
      '12 / 20',
    );
  });

  it('reads a pasted account balance and keeps it in the link', async () => {
    await s.page.goto(`${baseUrl}/estimates`);
    const answer = {
      data: {
        resource_pack_subscribe_infos: [
          {
            resource_pack_name: 'Package 3',
            resource_pack_id: 'p3',
            total_quantity: 60000,
            remaining_quantity: 45000,
            purchase_time: 0,
            effective_time: 0,
            invalid_time: Date.now() + 10 * 86_400_000,
            status: 'online',
          },
        ],
      },
    };
    await s.page.getByLabel('Units used per month').fill('30000');
    await s.page.getByLabel("Kling's account-costs answer (JSON)").fill(JSON.stringify(answer));
    // 1,000 units a day for the 10 days left: 10,000 used, 35,000 forfeited.
    await expect.poll(() => s.page.getByTestId('balance-forfeited').textContent()).toBe('35,000');
    await expect.poll(() => new URL(s.page.url()).hash).toMatch(/^#balance=/);
    // The expiry as the page writes it (en-US, medium date, short time, UTC), formatted by the same browser.
    const expiry = answer.data.resource_pack_subscribe_infos[0].invalid_time;
    const expires = await s.page.evaluate(
      (t) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(t),
      expiry,
    );
    const figures = {
      summary:
        `45,000 units usable; at 30,000 units a month they last 10 days (until ${expires} UTC); ` +
        '35,000 units would expire unused.',
      forfeited: '35,000',
      packs: [['Package 3', 'online', '45,000 / 60,000', expires, '10,000', '35,000']],
    };
    expect(await balanceFigures(s.page)).toEqual(figures);
    const other = await s.context.newPage();
    await other.goto(s.page.url());
    // The link keeps the paste, not the volume: at the same volume, the reopened page shows the same figures.
    const pasted = other.getByLabel("Kling's account-costs answer (JSON)");
    await expect.poll(() => pasted.inputValue()).toBe(JSON.stringify(answer));
    await other.getByLabel('Units used per month').fill('30000');
    await expect.poll(() => other.getByTestId('balance-forfeited').textContent()).toBe('35,000');
    expect(await balanceFigures(other)).toEqual(figures);
  });
});

/** What the balance panel shows: the summary (its first paragraph), the figure forfeited, each pack's row. */
async function balanceFigures(page: Page) {
  const balance = page.getByTestId('balance');
  const rows = balance.getByRole('table', { name: 'Resource packs, the first to expire first' }).getByRole('row');
  return {
    summary: await balance.locator('p').first().textContent(),
    forfeited: await balance.getByTestId('balance-forfeited').textContent(),
    packs: await Promise.all(
      (await rows.all()).slice(1).map(async (row) => {
        const cells = await row.getByRole('cell').allTextContents();
        return [await row.getByRole('rowheader').textContent(), ...cells];
      }),
    ),
  };
}
