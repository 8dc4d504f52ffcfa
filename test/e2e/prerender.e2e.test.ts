/**
 * Every screen prerendered at build time (SPEC §7), then hydrated: the HTML before any script
 * runs, the hydration without a mismatch, and the cards fetched again at run time.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);
const noScript = browserSession(baseUrl, { javaScriptEnabled: false });

const internalFile = (JSON.parse(readFileSync('rate-cards/index.json', 'utf8')) as { files: string[] }).files.find(
  (f) => f.startsWith('internal.'),
);

/** Each screen's path and a heading its prerendered HTML shows. */
const SCREENS: ReadonlyArray<readonly [string, string]> = [
  ['/', 'Request'],
  ['/compare', 'Presets'],
  ['/estimates', 'Customer and terms'],
  ['/margins', 'Margin map'],
  ['/explain', 'Explain a charge'],
  ['/rate-cards', 'Loaded cards'],
  ['/explain/customer', 'Your charge, explained'],
  ['/plan', 'Customer and terms'],
];

/** Notes the first element in the page's root as parsed, before any script ran. */
async function markPrerendered(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as { prerendered?: Element | null }).prerendered = document.querySelector('#root > *');
    });
  });
}

/** Whether the page kept the prerendered markup (hydrated) rather than rendering afresh. */
const kept = (page: Page) =>
  page.evaluate(() => {
    const first = (window as { prerendered?: Element | null }).prerendered;
    return first !== null && first !== undefined && first === document.querySelector('#root > *');
  });

/** Console warnings too: React names a hydration mismatch as an error, some libraries warn. */
function warnings(s: Session): string[] {
  const seen: string[] = [];
  s.page.on('console', (m) => {
    if (m.type() === 'warning') seen.push(m.text());
  });
  return seen;
}

describe('before any script runs', () => {
  it('the Quote page shows the form, the default prices and the card versions', async () => {
    const { page } = noScript();
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByLabel('Duration (seconds)').inputValue()).not.toBe('');
    expect(await page.getByTestId('internal-usd').textContent()).toMatch(/^\$\d+\.\d\d$/);
    expect(await page.getByTestId('vendor-usd').textContent()).toMatch(/^\$\d+\.\d\d$/);
    expect(await page.getByText(`internal@${internalFile?.slice(9, 19)}`).count()).toBeGreaterThan(0);
  });

  it('every screen has its own page, with its heading', async () => {
    const { page } = noScript();
    for (const [path, heading] of SCREENS) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 5_000 });
      expect(await page.getByText('Loading…', { exact: true }).count()).toBe(0);
    }
  });

  it('with the prices JavaScript then shows', async () => {
    const off = noScript().page;
    await off.goto(`${baseUrl}/`);
    const prerendered = await off.getByTestId('internal-usd').textContent();
    const s = session();
    await s.page.goto(`${baseUrl}/`);
    await s.page.waitForLoadState('networkidle');
    expect(await s.page.getByTestId('internal-usd').textContent()).toBe(prerendered);
  });
});

describe('hydration', () => {
  it('keeps every screen as built, with no warning, and the page works', async () => {
    const s = session();
    const seen = warnings(s);
    await markPrerendered(s.page);
    for (const [path, heading] of SCREENS.filter(([p]) => p !== '/plan')) {
      await s.page.goto(`${baseUrl}${path}`);
      await s.page.waitForLoadState('networkidle');
      await s.page.getByRole('heading', { name: heading }).first().waitFor();
      expect(await kept(s.page), path).toBe(true);
    }
    await s.page.goto(`${baseUrl}/`);
    await s.page.waitForLoadState('networkidle');
    const before = await s.page.getByTestId('internal-usd').textContent();
    await s.page.getByLabel('Duration (seconds)').fill('12');
    await expect.poll(() => s.page.getByTestId('internal-usd').textContent()).not.toBe(before);
    expect(seen).toEqual([]);
  });

  it('renders afresh when the link or this browser would change the first render', async () => {
    const s = session();
    await markPrerendered(s.page);
    await s.page.goto(`${baseUrl}/?duration=12`);
    await s.page.waitForLoadState('networkidle');
    expect(await kept(s.page)).toBe(false);
    expect(await s.page.getByLabel('Duration (seconds)').inputValue()).toBe('12');
    await s.page.evaluate(() => localStorage.setItem('kling-calc:margin-target:v1', '45'));
    await s.page.goto(`${baseUrl}/`);
    await s.page.waitForLoadState('networkidle');
    expect(await kept(s.page)).toBe(false);
    await s.page
      .getByText(/Margin target 45%/)
      .first()
      .waitFor();
  });

  it('moves to the real today after hydrating a page built on another day', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const builtOn = /"builtOn":"(\d{4}-\d\d-\d\d)"/.exec(html)?.[1] ?? '';
    const next = new Date(Date.parse(`${builtOn}T12:00:00Z`) + 86_400_000);
    const s = session();
    const seen = warnings(s);
    await markPrerendered(s.page);
    await s.page.clock.setFixedTime(next);
    await s.page.goto(`${baseUrl}/`);
    await s.page.getByText(`Today is ${next.toISOString().slice(0, 10)}.`).waitFor();
    await s.page.getByText(`As of ${next.toISOString().slice(0, 10)} ·`).waitFor();
    expect(await kept(s.page)).toBe(true);
    expect(seen).toEqual([]);
  });

  it('takes a card the deployment changed since the build', async () => {
    const s = session();
    await markPrerendered(s.page);
    const card = JSON.parse(readFileSync(`rate-cards/${internalFile}`, 'utf8')) as Record<string, unknown>;
    // A price past the clamp: every request then costs the card's maximum, $10.00.
    const changed = JSON.stringify({ ...card, basePerSecondUsd: { std: '100', pro: '100' } });
    await s.page.route(`**/rate-cards/${internalFile}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: changed }),
    );
    await s.page.goto(`${baseUrl}/`);
    await expect.poll(() => s.page.getByTestId('internal-usd').textContent()).toBe('$10.00');
    expect(await kept(s.page)).toBe(true);
  });
});
