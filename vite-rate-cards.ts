/**
 * Serves `rate-cards/` at `/rate-cards/…`: from the folder in dev, copied into the build
 * (so `vite preview` and any static host serve them, and a deployment can change a card
 * without a rebuild). The built pages carry the build's copy of every card (vite-prerender.ts)
 * and fetch them again once shown, so nothing is preloaded: no request competes with the first
 * paint (decision 72).
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
