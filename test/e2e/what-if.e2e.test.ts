/** A what-if link (SPEC §10) opened in a fresh Chromium: the what-if's amounts to the cent, and the marker. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { applyWhatIf, cardsInForce, quote, utcDate } from '../../src/engine';
import { cards } from '../helpers/cards';
import { openContext } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);
let page: Page;
beforeEach(() => {
  ({ page } = session());
});

const REQUEST = '?model=kling-v3&mode=pro&duration=10&resolution=720p&input=text';
const LINK = `${REQUEST}&mult=kling-v3:1.5`;
const text = (testId: string) => page.getByTestId(testId).textContent();
const marker = () => page.getByRole('region', { name: 'What-if' });

async function violations(p: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: p }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('a what-if link in a fresh browser', () => {
  it('shows the what-if price, the card’s own beside it, and the marker, exact to the cent', async () => {
    await page.goto(`${baseUrl}/${LINK}`);
    await page.getByTestId('internal-usd').waitFor();
    // By hand, from the shipped internal card: 10 s × $0.12 (pro) × 1.0 (720p) × 1.00 (text) × 1.5 = $1.80;
    // the card's own × 1.3 gives $1.56. Kling's units: 8 × $0.14 (list) = $1.12, so margins $0.68 and $0.44.
    expect(await text('internal-usd')).toBe('$1.80');
    expect(await text('own-internal-usd')).toBe('$1.56');
    expect(await text('vendor-usd')).toBe('$1.12');
    expect(await text('margin-usd')).toBe('$0.68');
    expect(await text('own-margin-usd')).toBe('$0.44 (28.2%)');
    // The same figures from the engine's own quote of the shipped cards.
    const today = cardsInForce(cards, utcDate(Date.now()));
    const request = {
      model: 'kling-v3',
      mode: 'pro',
      durationSeconds: 10,
      resolution: '720p',
      inputType: 'text',
      audio: false,
    } as const;
    const tried = quote(request, applyWhatIf(today, [{ model: 'kling-v3', factor: '1.5', anyway: false }]).set);
    const own = quote(request, today);
    if (!tried.ok || !own.ok) throw new Error('not priced');
    expect([tried.quote.internal.charged.usd, own.quote.internal.charged.usd]).toEqual(['1.80', '1.56']);
    expect(await marker().textContent()).toContain('What-if: kling-v3 × 1.5 (card: × 1.3)');
    expect(await page.getByRole('region', { name: 'Internal price' }).textContent()).toContain(
      "$1.80what-if · card's own price $1.56",
    );
    expect(await violations(page)).toEqual([]);
  });

  it('keeps it in the link as the request changes, and on every screen the links lead to', async () => {
    await page.goto(`${baseUrl}/${LINK}`);
    await page.getByTestId('internal-usd').waitFor();
    await page.getByLabel('Duration (seconds)').fill('5');
    await expect.poll(() => text('internal-usd')).toBe('$0.90');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('mult')).toEqual(['kling-v3:1.5']);
    for (const name of ['Compare at scale', 'Estimates', 'Explain a charge', 'Rate cards']) {
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name }).click();
      await marker().waitFor();
      expect(await marker().textContent()).toContain('What-if: kling-v3 × 1.5');
      await expect.poll(() => new URL(page.url()).searchParams.getAll('mult')).toEqual(['kling-v3:1.5']);
      expect(await violations(page)).toEqual([]);
    }
  });

  it('is tried from the Quote screen, and cleared', async () => {
    await page.goto(`${baseUrl}/${REQUEST}`);
    await page.getByTestId('internal-usd').waitFor();
    expect(await text('internal-usd')).toBe('$1.56');
    await page.getByText('Try a multiplier').click();
    await page.getByLabel('Multiplier for kling-v3').fill('1.5');
    await page.getByRole('button', { name: 'Try', exact: true }).click();
    await expect.poll(() => text('internal-usd')).toBe('$1.80');
    expect(new URL(page.url()).search).toBe(`${LINK}`);
    await marker().getByRole('button', { name: 'Clear what-if' }).click();
    await expect.poll(() => text('internal-usd')).toBe('$1.56');
    expect(new URL(page.url()).search).toBe(REQUEST);
  });

  it('has no axe violations in dark mode on a phone, with a model no card knows, and fits the width', async () => {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const dark = await openContext(browser, { viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
    const phone = await dark.newPage();
    await phone.goto(`${baseUrl}/${LINK}&mult=kling-v33:2`);
    await phone.getByTestId('internal-usd').waitFor();
    await phone.getByRole('region', { name: 'What-if' }).getByRole('alert').waitFor();
    expect(await phone.getByTestId('internal-usd').textContent()).toBe('$1.80');
    expect(await violations(phone)).toEqual([]);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await dark.close();
  });
});
