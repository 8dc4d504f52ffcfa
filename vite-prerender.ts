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
import type { OutputBundle, OutputChunk } from 'rolldown';
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

/** The module of each screen loaded on demand (`src/app/app.tsx`): its page preloads it, to hydrate sooner. */
const SCREEN_MODULES: Readonly<Record<string, string>> = {
  '/compare': 'src/features/compare/compare-page.tsx',
  '/estimates': 'src/features/estimates/estimates-page.tsx',
  '/margins': 'src/features/margins/margins-page.tsx',
  '/explain': 'src/features/explain/explain-page.tsx',
  '/rate-cards': 'src/features/rate-cards/rate-cards-page.tsx',
  '/explain/customer': 'src/features/explain/customer-page.tsx',
};

/** A chunk's file and every chunk it imports statically, but the first page's own. */
function chunkFiles(bundle: OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const entry = chunks.find((c) => c.facadeModuleId?.endsWith(module));
  if (!entry) return [];
  const files = new Set<string>();
  const add = (chunk: OutputChunk) => {
    if (chunk.isEntry || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') add(next);
    }
  };
  add(entry);
  return [...files];
}

/** The file a static host serves for a path: `index.html`, `compare/index.html`, … */
export function htmlFileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}/index.html`;
}

/** JSON safe inside `<script>`: no `</script>` or `<!--` can end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The built page with a screen's markup in its root and the cards it used beside it. */
export function pageHtml(template: string, markup: string, data: unknown, dataId: string, preload: string[] = []) {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error(`prerender: the built index.html has no ${root}`);
  const json = `<script type="application/json" id="${dataId}">${scriptJson(data)}</script>`;
  const links = preload.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">\n  `).join('');
  return template
    .replace('</head>', () => `${links}</head>`)
    .replace(root, () => `<div id="root">${markup}</div>\n    ${json}`);
}

type RenderModule = typeof import('./src/app/render-page.tsx');
type CardsModule = typeof import('./src/lib/rate-cards/page-cards.ts');

export function prerender(): Plugin {
  let outDir = 'dist';
  let bundle: OutputBundle = {};
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
    writeBundle(_options, written) {
      bundle = written;
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
        await renderAll(server, outDir, bundle);
      } finally {
        await server.close();
      }
    },
  };
}

async function renderAll(server: ViteDevServer, outDir: string, bundle: OutputBundle): Promise<void> {
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
    const data = { path: renderedAs, builtOn, texts };
    const preload = SCREEN_MODULES[renderedAs] ? chunkFiles(bundle, SCREEN_MODULES[renderedAs]) : [];
    writeFileSync(file, pageHtml(template, markup, data, cards.PAGE_CARDS_ID, preload));
  }
}
