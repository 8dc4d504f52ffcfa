/** A browser page per test that also records requests off the app's origin and console errors. */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly offOrigin: string[];
  readonly consoleErrors: string[];
  readonly requests: string[];
}

export async function openSession(
  browser: Browser,
  baseUrl: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Session> {
  const context = await browser.newContext({
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
