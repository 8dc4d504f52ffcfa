/**
 * The first view (SPEC §7): painted from the HTML and the CSS alone. The page carries the build's
 * cards and starts its script after the first paint; then it fetches each card once, to revalidate.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);

const listed = (JSON.parse(readFileSync('rate-cards/index.json', 'utf8')) as { files: string[] }).files;

describe('the first view', () => {
  it('needs no request but the CSS to paint, and fetches each card once after', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    // The only script the HTML starts is the small boot script; the cards are in the page.
    expect(html.match(/<script[^>]*\bsrc="[^"]*"[^>]*>/g)).toEqual([
      expect.stringMatching(/^<script defer src="\/boot\.js" data-main="\/assets\/index-[\w-]+\.js">$/),
    ]);
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain('<script type="application/json" id="build-cards">');
    const s: Session = session();
    await s.page.goto(`${baseUrl}/`);
    await s.page.getByTestId('internal-usd').waitFor();
    await s.page.waitForLoadState('networkidle');
    const cards = s.requests.filter((u) => u.includes('/rate-cards/')).map((u) => u.slice(u.indexOf('/rate-cards/')));
    expect(cards.sort()).toEqual(['index.json', ...listed].map((f) => `/rate-cards/${f}`).sort());
    // The module entry was asked for only once the page had painted its content.
    const { paint, entry } = await s.page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      entry:
        performance.getEntriesByType('resource').find((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name))?.startTime ??
        Number.NaN,
    }));
    expect(entry).toBeGreaterThan(paint);
  });
});
