/** Explain a charge and Price a file in real Chromium on the production build. */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Session } from './session';
import { browserSession } from './use-session';

const baseUrl = inject('baseUrl');
const omni = JSON.stringify(
  {
    model_name: 'kling-video-o1',
    prompt: 'Transform the source clip into a glossy ad-style reveal',
    aspect_ratio: '16:9',
    duration: 8,
    cfg_scale: 0.5,
    mode: 'pro',
    image: 'https://example.com/reference-1.jpg',
    video: 'https://example.com/source.mp4',
  },
  null,
  2,
);
const session = browserSession(baseUrl);
let s: Session;
beforeEach(() => {
  s = session();
});

describe('Explain a charge in Chromium', () => {
  it('explains the Omni payload of seed 000, then survives broken JSON', async () => {
    await s.page.goto(`${baseUrl}/explain`);
    const box = s.page.getByLabel('Request envelope');
    await box.fill(omni);
    await expect.poll(() => s.page.getByTestId('explain-internal-usd').textContent()).toBe('$2.16');
    expect(await s.page.getByTestId('explain-input-type').textContent()).toContain('Input type video');
    await box.fill('{"model_name": "kling-v3", "duration": 5');
    await expect
      .poll(() => s.page.locator('#envelope-error').textContent())
      .toMatch(/^Not valid JSON at line 1, column \d+: /);
    await box.fill('{"model_name": "kling-v3"}');
    await expect.poll(() => s.page.locator('#envelope-error').textContent()).toContain('duration: is required');
    await box.fill(omni);
    await expect.poll(() => s.page.getByTestId('explain-internal-usd').textContent()).toBe('$2.16');
    const results = await new AxeBuilder({ page: s.page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('shares an explanation as a link that reopens it', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await s.page.goto(`${baseUrl}/explain`);
    await s.page.getByLabel('Request envelope').fill(omni);
    await s.page.getByRole('button', { name: 'Copy a link to this explanation' }).click();
    await expect.poll(() => s.page.url()).toContain('#e=');
    const other = await s.context.newPage();
    await other.goto(s.page.url());
    await expect.poll(() => other.getByTestId('explain-internal-usd').textContent()).toBe('$2.16');
  });

  it('prices a 100,000-line file in a worker, with the progress bar, and offers the CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kling-e2e-'));
    const file = join(dir, 'envelopes.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i += 1)
      lines.push(
        i === 41 ? '{oops' : JSON.stringify({ model_name: 'kling-v3', mode: i % 2 ? 'pro' : 'std', duration: 5 }),
      );
    writeFileSync(file, `${lines.join('\n')}\n`);
    await s.page.goto(`${baseUrl}/explain`);
    await s.page.evaluate(() => {
      const seen = { progress: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('progress')) seen.progress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await s.page.setInputFiles('#batch-file', file);
    await s.page.getByTestId('batch-results').waitFor({ timeout: 30_000 });
    expect(await s.page.evaluate(() => (window as unknown as { seen: { progress: boolean } }).seen.progress)).toBe(
      true,
    );
    // Line 42 (a pro line) is refused: 50,000 std rows at $0.33 and 49,999 pro rows at $0.78.
    expect(await s.page.getByTestId('batch-internal').textContent()).toBe('$55,499.22');
    expect(await s.page.getByTestId('batch-errors').getByRole('row', { name: /^42 / }).textContent()).toContain(
      'not valid JSON',
    );
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('link', { name: 'Download the priced rows (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').split('\r\n');
    expect(csv).toHaveLength(100_002);
    expect(csv[1]).toBe(
      '1,true,5,kling-v3,std,720p,text,false,0.33,0.33,kling-official-units@2026-09-20,3,0.42,-0.09,',
    );
  });

  it('cancels a file being priced, and stays usable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kling-e2e-'));
    const file = join(dir, 'big.csv');
    writeFileSync(file, `model_name,duration\n${'kling-v3,5\n'.repeat(1_000_000)}`);
    await s.page.goto(`${baseUrl}/explain`);
    await s.page.setInputFiles('#batch-file', file);
    await s.page.getByRole('button', { name: 'Cancel' }).click({ timeout: 10_000 });
    await expect.poll(() => s.page.getByRole('status').filter({ hasText: 'Cancelled' }).count()).toBe(1);
    await s.page.getByLabel('Request envelope').fill(omni);
    await expect.poll(() => s.page.getByTestId('explain-internal-usd').textContent()).toBe('$2.16');
  });
});
