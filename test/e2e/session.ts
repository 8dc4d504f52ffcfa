/** A browser page per test that also records requests off the app's origin and console errors. */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly offOrigin: string[];
  readonly consoleErrors: string[];
  readonly requests: string[];
}

/** Waits for the app's first commit, which main.tsx marks (never, on a page with scripts off). */
async function ready(page: Page, scripts: boolean): Promise<void> {
  if (scripts) await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

function untilHydrated(page: Page, scripts: boolean): void {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, { waitUntil: 'networkidle', ...options });
    await ready(page, scripts);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload({ waitUntil: 'networkidle', ...options });
    await ready(page, scripts);
    return response;
  };
}

type ContextOptions = Parameters<Browser['newContext']>[0];

/**
 * A browser context whose pages open once their screen has hydrated. Every screen is prerendered: its
 * fields are on the page before its script has hydrated them, and what a test types in that moment is
 * lost, as it would be for a person. A page is opened once the network is quiet and main.tsx has
 * marked the app's first commit.
 */
export async function openContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.on('page', (page) => untilHydrated(page, options.javaScriptEnabled !== false));
  return context;
}

export async function openSession(browser: Browser, baseUrl: string, options: ContextOptions = {}): Promise<Session> {
  const context = await openContext(browser, {
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const session: Session = { context, page, offOrigin: [], consoleErrors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') session.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => session.consoleErrors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    session.requests.push(url);
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) session.offOrigin.push(url);
  });
  return session;
}
