/**
 * Serves `rate-cards/` at `/rate-cards/…`: from the folder in dev, copied into the build
 * (so `vite preview` and any static host serve them, and a deployment can change a card
 * without a rebuild). The page preloads the index and every card it lists as the HTML is read,
 * so the cards arrive with the scripts instead of after them (a card a deployment adds later is
 * still fetched, one step later).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const RATE_CARDS_DIR = resolve(import.meta.dirname, 'rate-cards');
const FILE = /^[a-z0-9][a-z0-9.@-]*\.json$/;

/** The files `rate-cards/index.json` lists, for the page to preload (none if it cannot be read). */
export function listedFiles(): string[] {
  try {
    const index = JSON.parse(readFileSync(resolve(RATE_CARDS_DIR, 'index.json'), 'utf8')) as { files?: unknown };
    return Array.isArray(index.files)
      ? index.files.filter((f): f is string => typeof f === 'string' && FILE.test(f))
      : [];
  } catch {
    return [];
  }
}

export function rateCards(): Plugin {
  return {
    name: 'rate-cards',
    transformIndexHtml() {
      // `crossorigin`: the app's fetch is same-origin with credentials, which a preload matches only so.
      return ['index.json', ...listedFiles()].map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `/rate-cards/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
    },
    configureServer(server) {
      server.middlewares.use('/rate-cards', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0].replace(/^\//, ''));
        if (!FILE.test(name)) return next();
        try {
          const body = readFileSync(resolve(RATE_CARDS_DIR, name));
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end('not found');
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(RATE_CARDS_DIR).filter((f) => FILE.test(f))) {
        this.emitFile({
          type: 'asset',
          fileName: `rate-cards/${name}`,
          source: readFileSync(resolve(RATE_CARDS_DIR, name)),
        });
      }
    },
  };
}
