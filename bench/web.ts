/**
 * Web figures for `npm run bench`: initial JavaScript (gzip) of the production build, the
 * Lighthouse mobile performance score, and keystroke → updated price in real Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../test/e2e/browser';
import { createRandom, randomEnvelope } from './envelopes';
import { explainKeystroke } from './explain-keystroke';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const vite = 'node_modules/vite/bin/vite.js';

/** Scripts the first page loads: every script it names, the boot script's entry, every modulepreload. */
export function initialScripts(html: string): string[] {
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+data-main="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  return [...new Set(srcs.map((m) => m[1]))];
}

function initialJsSize(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  return initialScripts(html).reduce((sum, src) => sum + gzipSync(readFileSync(join('dist', src))).length, 0);
}

async function startPreview(port: number) {
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return { server, url };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error('vite preview did not start');
}

interface LighthouseFigures {
  /** Each category's score, 0–100: performance, accessibility, best practices, SEO. */
  readonly scores: Readonly<Record<string, number>>;
  /** Largest Contentful Paint on Lighthouse's simulated phone, in ms. */
  readonly lcpMs: number;
  /** Audits that lost points, for the reader to act on. */
  readonly failing: readonly string[];
}

async function lighthouseFigures(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      output: 'json',
      logLevel: 'error',
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse gave no report');
    const scores = Object.fromEntries(
      Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    return { scores, lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN, failing };
  } finally {
    await chrome.kill();
  }
}

async function keystrokeLatency(url: string): Promise<{ median: number; p95: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_FLAGS.slice(1) });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/?model=kling-v3&mode=pro&duration=5`);
    // The page hydrates after its first paint (decision 72): what is typed before is lost.
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.getByTestId('internal-usd').waitFor();
    const duration = page.getByLabel('Duration (seconds)');
    const samples: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      await duration.fill(String(5 + (i % 9)));
      const elapsed = await page.evaluate(
        (digit) =>
          new Promise<number>((resolve) => {
            const target = document.querySelector('[data-testid="internal-usd"]');
            const input = document.getElementById('duration') as HTMLInputElement;
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.now() - start);
            });
            if (target) observer.observe(target, { childList: true, characterData: true, subtree: true });
            setTimeout(() => resolve(Number.POSITIVE_INFINITY), 2000);
            // The native setter, so that React sees the change as a keystroke would make it.
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
            const start = performance.now();
            setValue?.call(input, input.value + digit);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        '0',
      );
      samples.push(elapsed);
    }
    samples.sort((a, b) => a - b);
    return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)] };
  } finally {
    await browser.close();
  }
}

async function filePricing(url: string, rows: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kling-bench-web-'));
  const file = join(dir, 'envelopes.jsonl');
  const random = createRandom(3);
  const lines: string[] = [];
  for (let i = 0; i < rows; i += 1) lines.push(JSON.stringify(randomEnvelope(random)));
  writeFileSync(file, `${lines.join('\n')}\n`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_FLAGS.slice(1) });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/explain`);
    // The page hydrates after its first paint (decision 72): what is typed before is lost.
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.locator('#batch-file').waitFor();
    const start = performance.now();
    await page.setInputFiles('#batch-file', file);
    await page.getByTestId('batch-results').waitFor({ timeout: 120_000 });
    return performance.now() - start;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function webFigures(): Promise<void> {
  if (spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { stdio: 'inherit' }).status !== 0)
    throw new Error('build failed');
  const kb = initialJsSize() / 1024;
  console.log(
    `web     initial JavaScript: ${kb.toFixed(1)} KiB = ${((kb * 1024) / 1000).toFixed(1)} kB gzip (budget 120 KB)`,
  );
  const { server, url } = await startPreview(4391);
  try {
    const latency = await keystrokeLatency(url);
    console.log(
      `web     keystroke → updated price: median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms (budget one frame, 16 ms)`,
    );
    const explain = await explainKeystroke(url, CHROME_FLAGS.slice(1));
    const own = explain.app.median - explain.bare.median;
    console.log(
      `web     Explain, a keystroke in a 990 KB paste → updated explanation: median ${explain.app.median.toFixed(1)} ms ` +
        `(p95 ${explain.app.p95.toFixed(1)} ms); the same keystroke in a bare <textarea> with the same text: ` +
        `median ${explain.bare.median.toFixed(1)} ms; the app's own share: ${own.toFixed(1)} ms (target ≤ 50 ms)`,
    );
    const lh = await lighthouseFigures(url);
    const scores = Object.entries(lh.scores)
      .map(([id, score]) => `${id} ${score}`)
      .join(', ');
    console.log(`web     Lighthouse (mobile): ${scores} (target 100 each)`);
    console.log(`web     Lighthouse LCP on a simulated phone: ${(lh.lcpMs / 1000).toFixed(2)} s (target ≤ 1.2 s)`);
    if (lh.failing.length > 0) console.log(`web     Lighthouse audits that failed: ${lh.failing.join(', ')}`);
    for (const rows of [100_000, 1_000_000]) {
      const ms = await filePricing(url, rows);
      console.log(
        `web     price a file in the browser worker: ${rows.toLocaleString('en-US')} rows in ${(ms / 1000).toFixed(2)} s (${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s; target: 100,000 in well under 2 s)`,
      );
    }
  } finally {
    server.kill();
  }
}
