/** The hooks every browser test file shares: one Chromium, a fresh session per test, and the checks after it. */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launch } from './browser';
import { openSession, type Session } from './session';

/** Returns a getter for the current test's session (no off-origin request, no console error). */
export function browserSession(baseUrl: string, options: Parameters<Browser['newContext']>[0] = {}): () => Session {
  let browser: Browser;
  let session: Session;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    session = await openSession(browser, baseUrl, options);
  });
  afterEach(async () => {
    expect(session.offOrigin).toEqual([]);
    // Includes Content-Security-Policy violations, which Chromium reports as console errors.
    expect(session.consoleErrors).toEqual([]);
    await session.context.close();
  });
  return () => session;
}
