/**
 * The security headers of the production build (vite-csp.ts) as `vite preview` sends them, and
 * what they are for: another site cannot frame the app. The `_headers` file for static hosts
 * says the same.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFile, SECURITY_HEADERS } from '../../vite-csp';
import { launch } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('security headers', () => {
  it.each(['/', '/compare', '/rate-cards/index.json', '/robots.txt'])('are sent with %s', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('keep another site from framing the app', async () => {
    // Another origin on this machine (another port): a page that frames the app.
    const framer = createServer((_, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(`<iframe src="${baseUrl}/" title="app"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const { port } = framer.address() as AddressInfo;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForTimeout(1500);
      const framed = page.frames().filter((f) => f !== page.mainFrame());
      expect(framed).toHaveLength(1);
      // Refused: the frame shows Chromium's error page, never the app.
      expect(framed[0].url()).not.toContain(baseUrl);
      expect(await framed[0].locator('h1', { hasText: 'Kling video cost calculator' }).count()).toBe(0);
    } finally {
      await context.close();
      framer.close();
    }
  });

  it('are written for static hosts as _headers, and robots.txt allows crawling', async () => {
    const file = readFileSync('dist/_headers', 'utf8');
    expect(file).toBe(headersFile());
    // The README's nginx example says the same, header for header.
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(file).toContain(`  ${name}: ${value}\n`);
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(await (await fetch(`${baseUrl}/robots.txt`)).text()).toBe('User-agent: *\nAllow: /\n');
  });
});
