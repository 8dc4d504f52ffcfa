/** Rate cards and overrides in real Chromium: saved, applied everywhere, and safe when corrupt. */
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

describe('Rate cards in Chromium', () => {
  it('saves an override that the Quote screen then applies', async () => {
    await s.page.goto(`${baseUrl}/rate-cards`);
    await s.page.getByRole('button', { name: 'Add a custom vendor rate' }).click();
    await s.page.locator('#rates-0-model').fill('kling-v9');
    await s.page.getByLabel('USD per second').fill('0.1');
    await s.page.getByLabel('Discount on vendor cost (%)').fill('10');
    await s.page.getByRole('button', { name: 'Save overrides' }).click();
    await expect.poll(() => s.page.getByRole('status').filter({ hasText: 'Saved in this browser' }).count()).toBe(1);
    const results = await new AxeBuilder({ page: s.page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await s.page.goto(`${baseUrl}/?model=kling-v9&mode=pro&duration=5`);
    await s.page.getByTestId('vendor-usd').waitFor();
    // $0.10 × 5 s, less 10 %
    expect(await s.page.getByTestId('vendor-usd').textContent()).toBe('$0.45');
    expect(await s.page.getByTestId('internal-usd').textContent()).toBe('$0.60');
  });

  it('survives a corrupt saved entry: reported, backed up, page usable', async () => {
    await s.page.goto(`${baseUrl}/`);
    await s.page.evaluate(() =>
      localStorage.setItem('kling-calc:overrides:v1', '{"version":1,"modelMultipliers":{"kling-v3":'),
    );
    await s.page.goto(`${baseUrl}/?model=kling-v3&duration=5`);
    await s.page.getByTestId('internal-usd').waitFor();
    expect(await s.page.getByTestId('internal-usd').textContent()).toBe('$0.33');
    expect(await s.page.getByRole('alert').filter({ hasText: 'could not be read' }).textContent()).toContain(
      'kept, unchanged, under kling-calc:overrides:backup:',
    );
    const backup = await s.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('kling-calc:overrides:backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backup).toEqual(['{"version":1,"modelMultipliers":{"kling-v3":']);
  });
});
