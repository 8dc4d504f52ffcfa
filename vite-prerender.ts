/**
 * Prerenders every screen at build time (SPEC §7): once the client is built, each screen is
 * rendered in Node (`src/app/render-page.tsx`, loaded by a Vite server in middleware mode, kept
 * open while the screens render: they load their own chunks) with the
 * cards in `rate-cards/` and written as `<screen>/index.html` (Quote as `index.html`), so a
 * static host and `vite preview` serve it and the page shows its form and prices before any
 * script runs. The page carries the cards it was rendered with (a JSON script the CSP allows:
 * it is data, never run), so the client's first render equals it and hydrates (`main.tsx`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { listedFiles, RATE_CARDS_DIR } from './vite-rate-cards.ts';

/**
 * Every screen's path. `/plan` (the old Plan screen's links) gets the Estimates page it opens as,
 * marked as rendered for `/estimates`: it is never hydrated, and renders afresh (decision 0068).
 */
export const PRERENDERED_PATHS = [
  '/',
  '/compare',
  '/estimates',
  '/plan',
  '/margins',
  '/explain',
  '/rate-cards',
  '/explain/customer',
] as const;

const RENDERED_AS: Readonly<Record<string, string>> = { '/plan': '/estimates' };

/** The file a static host serves for a path: `index.html`, `compare/index.html`, … */
export function htmlFileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}/index.html`;
}

/** JSON safe inside `<script>`: no `</script>` or `<!--` can end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The built page with a screen's markup in its root and the cards it used beside it. */
export function pageHtml(template: string, markup: string, data: unknown, dataId: string): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error(`prerender: the built index.html has no ${root}`);
  const json = `<script type="application/json" id="${dataId}">${scriptJson(data)}</script>`;
  return template.replace(root, () => `<div id="root">${markup}</div>\n    ${json}`);
}

type RenderModule = typeof import('./src/app/render-page.tsx');
type CardsModule = typeof import('./src/lib/rate-cards/page-cards.ts');

export function prerender(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerender',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // `vite preview` looks for `/compare.html` only, then falls back to `index.html`: each screen's own file instead.
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const [path, query = ''] = (req.url ?? '').split(/(?=\?)/, 2);
        if (path !== '/' && (PRERENDERED_PATHS as readonly string[]).includes(path))
          req.url = `/${htmlFileFor(path)}${query}`;
        next();
      });
    },
    async closeBundle(error) {
      if (error) return;
      const server = await createServer({
        configFile: false,
        root: import.meta.dirname,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        await renderAll(server, outDir);
      } finally {
        await server.close();
      }
    },
  };
}

async function renderAll(server: ViteDevServer, outDir: string): Promise<void> {
  const render = (await server.ssrLoadModule('/src/app/render-page.tsx')) as RenderModule;
  const cards = (await server.ssrLoadModule('/src/lib/rate-cards/page-cards.ts')) as CardsModule;
  const texts: Record<string, string> = {};
  for (const file of ['index.json', ...listedFiles()])
    texts[`/rate-cards/${file}`] = readFileSync(join(RATE_CARDS_DIR, file), 'utf8');
  const builtOn = new Date().toISOString().slice(0, 10);
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  for (const path of PRERENDERED_PATHS) {
    const renderedAs = RENDERED_AS[path] ?? path;
    const markup = await render.renderPage(renderedAs, texts, builtOn);
    const file = join(outDir, htmlFileFor(path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pageHtml(template, markup, { path: renderedAs, builtOn, texts }, cards.PAGE_CARDS_ID));
  }
}
