/**
 * Two versions of a card in real Chromium (SPEC §8): the Rate cards screen's versions and
 * diff, and the Quote screen's notice of a coming version. The cards are the shipped ones plus
 * test/helpers/later-card-files.ts, served by routing the app's own requests; the clock is fixed.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { servedWithLaterVersions } from '../helpers/later-card-files';
import { openContext, type Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);
let s: Session;
beforeEach(() => {
  s = session();
});

const served = servedWithLaterVersions();

async function withLaterVersions(page: Page) {
  await page.clock.setFixedTime(new Date('2026-11-30T12:00:00Z'));
  await page.route(`${baseUrl}/rate-cards/*`, async (route) => {
    const name = new URL(route.request().url()).pathname.replace('/rate-cards/', '');
    const body = served[name];
    if (body === undefined) await route.continue();
    else await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe('card versions in Chromium', () => {
  it('lists the versions with their standing and diffs two of them, with no axe violations', async () => {
    await withLaterVersions(s.page);
    await s.page.goto(`${baseUrl}/rate-cards`);
    const versions = s.page.getByTestId('card-versions');
    const internal = versions.getByRole('listitem', { name: 'internal', exact: true });
    // The page first shows the cards built into it; the routed later version arrives after.
    await internal.getByText('Version 2027-01-01', { exact: false }).waitFor();
    expect(await internal.getByRole('listitem').allTextContents()).toEqual([
      'Version 2027-01-01: future: not yet in force',
      'Version 2026-11-21: in force until 2027-01-01',
    ]);
    await s.page.getByLabel('Card', { exact: true }).selectOption('internal@2026-11-21');
    expect(await s.page.getByLabel('Against').inputValue()).toBe('internal@2027-01-01');
    const diff = s.page.getByTestId('card-diff');
    expect(await diff.getByRole('row', { name: /modelMultipliers\.kling-v3/ }).textContent()).toContain('"1.3""1.5"');
    expect(await violations(s.page)).toEqual([]);
  });

  it('announces the coming versions on the Quote screen', async () => {
    await withLaterVersions(s.page);
    await s.page.goto(`${baseUrl}/?model=kling-v3&duration=5`);
    const upcoming = s.page.getByTestId('upcoming');
    await upcoming.waitFor();
    expect(await upcoming.getByRole('listitem').allTextContents()).toEqual([
      'From 2027-01-01 this clip costs $0.38 (+$0.05). (internal@2027-01-01 takes effect)',
      'From 2027-02-01 the vendor cost is $0.49 (+$0.07). (kling-official-units@2027-02-01 takes effect)',
    ]);
    expect(await violations(s.page)).toEqual([]);
  });

  it('lays out at 375 px and 1280 px, light and dark (screenshots in test-results/)', async () => {
    mkdirSync('test-results', { recursive: true });
    const browser = s.context.browser();
    if (!browser) throw new Error('no browser');
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        const context = await openContext(browser, { viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await withLaterVersions(page);
        for (const [name, path] of [
          ['quote', '/?model=kling-v3&duration=5'],
          ['rate-cards', '/rate-cards'],
        ] as const) {
          await page.goto(`${baseUrl}${path}`);
          await page.getByTestId(name === 'quote' ? 'upcoming' : 'card-versions').waitFor();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect([name, width, overflow]).toEqual([name, width, 0]);
          await page.screenshot({ path: `test-results/versions-${name}-${width}-${colorScheme}.png`, fullPage: true });
        }
        await context.close();
      }
    }
  });
});
