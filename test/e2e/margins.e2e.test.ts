/** The margin map in real Chromium on the production build. */
import AxeBuilder from '@axe-core/playwright';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const session = browserSession(baseUrl);
let s: Session;
beforeEach(() => {
  s = session();
});

describe('the margin map in Chromium', () => {
  it('renders, with no axe violation, light and dark', async () => {
    // The whole map in light; one resolution in dark (axe takes seconds per hundred cells).
    for (const [colorScheme, query] of [
      ['light', ''],
      ['dark', '?duration=10&res=1080p&target=30'],
    ] as const) {
      await s.page.emulateMedia({ colorScheme });
      await s.page.goto(`${baseUrl}/margins${query}`);
      await s.page.getByRole('heading', { name: 'Kling 3.0 · kling-v3' }).waitFor();
      const results = await new AxeBuilder({ page: s.page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    }
  });

  it('opens a cell on the Quote screen, at the same price, vendor cost and margin', async () => {
    await s.page.goto(`${baseUrl}/margins?duration=10&res=1080p&audio=off&target=30`);
    const cell = s.page.getByRole('link', { name: /^kling-v3 pro · One image · no audio at 1080p: / });
    const [margin, prices] = await Promise.all([
      cell.locator('span').first().textContent(),
      cell.locator('span.block').textContent(),
    ]);
    // A new page: its prices are the link's once it has rendered (the build's defaults show until then).
    await Promise.all([s.page.waitForURL(/\/\?/), cell.click()]);
    await s.page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(new URL(s.page.url()).searchParams.get('target')).toBe('30');
    const [internal, vendor] = (prices ?? '').split(' − ');
    expect(await s.page.getByTestId('internal-usd').textContent()).toBe(internal);
    expect(await s.page.getByTestId('vendor-usd').textContent()).toBe(vendor);
    expect(margin).toContain((await s.page.getByTestId('margin-usd').textContent()) ?? 'none');
  });

  it('tries the multiplier a model needs as a what-if, and the map follows it, in this browser and a fresh one', async () => {
    await s.page.goto(`${baseUrl}/margins?duration=10&res=720p&audio=off&target=30`);
    const v3 = s.page.getByRole('region', { name: 'Kling 3.0 · kling-v3' });
    const flags = () => v3.getByText(/^(below target|loss)$/).count();
    await v3.getByTestId('needed-kling-v3').waitFor();
    expect(await flags()).toBeGreaterThan(0);
    const link = v3.getByRole('link', { name: /^Try × [\d.]+ as a what-if$/ });
    const needed = /× ([\d.]+)/.exec((await link.textContent()) ?? '')?.[1] ?? '';
    await link.click();
    await s.page.getByRole('region', { name: 'What-if' }).waitFor();
    expect(new URL(s.page.url()).searchParams.getAll('mult')).toEqual([`kling-v3:${needed}`]);
    expect(await v3.getByTestId('needed-kling-v3').textContent()).toContain(`Multiplier × ${needed} on the card.`);
    expect(await flags()).toBe(0);
    const cells = await v3.getByRole('link', { name: /Open on the Quote screen$/ }).allTextContents();
    // A colleague opening the link sees the same map.
    const other = await s.context.newPage();
    await other.goto(s.page.url());
    const theirs = other.getByRole('region', { name: 'Kling 3.0 · kling-v3' });
    await theirs.getByTestId('needed-kling-v3').waitFor();
    expect(await theirs.getByRole('link', { name: /Open on the Quote screen$/ }).allTextContents()).toEqual(cells);
    await other.close();
  });

  it('fits a phone: the grid scrolls inside its panel, never the page', async () => {
    await s.page.setViewportSize({ width: 375, height: 800 });
    await s.page.goto(`${baseUrl}/margins?duration=5`);
    await s.page.getByRole('heading', { name: 'Kling 3.0 · kling-v3' }).waitFor();
    const overflow = await s.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
