/**
 * Price a file that says what was charged, in real Chromium on the production build: the
 * wrong rows flagged with their causes, the mismatches downloaded as CSV. The app is served
 * the fixture cards (a second version of the internal card, from 2026-12-01) beside the
 * shipped ones, and its clock reads 2026-12-15, the date rows without created_at are priced as of.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { indexWithNextInternal, nextInternalCardText, NEXT_INTERNAL_FILE } from '../helpers/card-versions';
import { CHARGES_AS_OF, fiftyChargedRowsCsv, WRONG_ROW_CAUSES } from '../helpers/charged-file';
import { openContext, type Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);
let s: Session;
beforeEach(() => {
  s = session();
});

/** Opens Explain on the fixture cards, on CHARGES_AS_OF, and prices the fifty-row file through the file input. */
async function priceTheFile(page: Page) {
  await page.clock.setFixedTime(new Date(`${CHARGES_AS_OF}T12:00:00Z`));
  const json = { contentType: 'application/json' };
  await page.route('**/rate-cards/index.json', (route) => route.fulfill({ ...json, body: indexWithNextInternal() }));
  await page.route(`**/rate-cards/${NEXT_INTERNAL_FILE}`, (route) =>
    route.fulfill({ ...json, body: nextInternalCardText() }),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'kling-e2e-')), 'charges-november.csv');
  writeFileSync(file, fiftyChargedRowsCsv());
  await page.goto(`${baseUrl}/explain`, { waitUntil: 'networkidle' });
  // A file chosen before the screen has hydrated would be lost: main.tsx marks the moment.
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.setInputFiles('#batch-file', file);
  await page.getByTestId('charge-results').waitFor({ timeout: 30_000 });
}

describe('Price a file that says what was charged', () => {
  it('flags the wrong rows with their causes, filters them, and downloads them as CSV', async () => {
    await priceTheFile(s.page);
    const page = s.page;
    expect(await page.getByTestId('charge-counts').textContent()).toContain('4 mismatches, 46 matches');
    expect(await page.getByTestId('charge-totals').getByRole('row').allTextContents()).toEqual([
      'USD',
      'Rows compared50',
      'Charged$58.85',
      'Expected$58.25',
      'Net difference+$0.60',
    ]);
    const rows = page.getByRole('table', { name: 'Rows checked, mismatches first' });
    const numbers = () => rows.getByRole('rowheader').allTextContents();
    expect((await numbers()).slice(0, 5)).toEqual(['7', '19', '33', '46', '1']);
    for (const [row, , cause] of WRONG_ROW_CAUSES)
      expect(await rows.getByRole('row', { name: new RegExp(`^${row} `) }).textContent()).toContain(cause);

    await page.getByRole('radio', { name: 'Mismatches (4)' }).check();
    expect(await numbers()).toEqual(['7', '19', '33', '46']);
    await page.getByRole('radio', { name: 'Matches (46)' }).check();
    expect(await numbers()).toHaveLength(46);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download mismatches (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kling-mismatches.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'row,created_at,as_of,model,mode,duration,resolution,input_type,card,charged_usd,expected_usd,' +
        'difference_usd,cause,final_unit_deduction,expected_units,difference_units,units_cause',
    );
    expect(csv.slice(1, -1).map((line) => line.split(',').slice(0, 12))).toEqual([
      ['7', '', CHARGES_AS_OF, 'kling-v3', 'std', '5', '1080p', 'text', 'internal@2026-12-01', '0.59', '0.39', '0.20'],
      ['19', '2026-12-03', '2026-12-03', 'kling-v2-6', 'std', '3', '720p', 'video', 'internal@2026-12-01'].concat([
        '0.22',
        '0.23',
        '-0.01',
      ]),
      [
        '33',
        '2026-12-05T10:00:00Z',
        '2026-12-05',
        'kling-v3',
        'std',
        '5',
        '720p',
        'text',
        'internal@2026-12-01',
      ].concat(['0.33', '0.39', '-0.06']),
      ['46', '', CHARGES_AS_OF, 'kling-v2-6', 'std', '5', '720p', 'text', 'internal@2026-12-01'].concat([
        '0.77',
        '0.30',
        '0.47',
      ]),
    ]);
    for (const [i, [, , cause]] of WRONG_ROW_CAUSES.entries()) expect(csv[i + 1]).toContain(cause);
    expect(csv.at(-1)).toBe('');

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('scrolls the wide table inside its panel on a phone, with a cue, light and dark (screenshots in test-results/)', async () => {
    mkdirSync('test-results', { recursive: true });
    const browser = s.context.browser();
    if (!browser) throw new Error('no browser');
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        const context = await openContext(browser, { viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await priceTheFile(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect([width, colorScheme, overflow]).toEqual([width, colorScheme, 0]);
        // The table of rows is wider than a phone: it scrolls in its own region, described by a visible cue.
        const region = page.getByRole('region', { name: 'Rows checked' });
        const cueId = await region.getAttribute('aria-describedby');
        const cue = cueId ? await page.locator(`[id="${cueId}"]`).textContent() : null;
        expect([width, cue]).toEqual([
          width,
          width === 375 ? 'The table is wider than the screen: scroll it sideways for every column →' : null,
        ]);
        const scrolls = await region.evaluate((e) => e.scrollWidth > e.clientWidth);
        expect([width, scrolls]).toEqual([width, width === 375]);
        await page.getByTestId('charge-results').screenshot({
          path: `test-results/price-file-charges-${width}-${colorScheme}.png`,
        });
        if (colorScheme === 'dark' && width === 375) {
          const results = await new AxeBuilder({ page }).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
        }
        await context.close();
      }
    }
  });
});
