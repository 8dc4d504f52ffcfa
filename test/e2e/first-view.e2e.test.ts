/** The first view (SPEC §7): the rate cards arrive with the scripts, not after them. */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);

const listed = (JSON.parse(readFileSync('rate-cards/index.json', 'utf8')) as { files: string[] }).files;

describe('the first view', () => {
  it('preloads the card index and every card it lists from the HTML, and fetches each once', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    for (const file of ['index.json', ...listed]) {
      expect(html).toContain(`<link rel="preload" href="/rate-cards/${file}" as="fetch" crossorigin="anonymous">`);
    }
    const s: Session = session();
    await s.page.goto(`${baseUrl}/`);
    await s.page.getByTestId('internal-usd').waitFor();
    // The page carries the build's cards and fetches them again once shown: the preloads answer that.
    await s.page.waitForLoadState('networkidle');
    const cards = s.requests.filter((u) => u.includes('/rate-cards/')).map((u) => u.slice(u.indexOf('/rate-cards/')));
    expect(cards.sort()).toEqual(['index.json', ...listed].map((f) => `/rate-cards/${f}`).sort());
  });
});
