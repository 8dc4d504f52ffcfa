/**
 * Serves `rate-cards/` at `/rate-cards/…`: from the folder in dev, copied into the build
 * (so `vite preview` and any static host serve them, and a deployment can change a card
 * without a rebuild).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const DIR = resolve(import.meta.dirname, 'rate-cards');
const FILE = /^[a-z0-9][a-z0-9.@-]*\.json$/;

export function rateCards(): Plugin {
  return {
    name: 'rate-cards',
    configureServer(server) {
      server.middlewares.use('/rate-cards', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0].replace(/^\//, ''));
        if (!FILE.test(name)) return next();
        try {
          const body = readFileSync(resolve(DIR, name));
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
      for (const name of readdirSync(DIR).filter((f) => FILE.test(f))) {
        this.emitFile({ type: 'asset', fileName: `rate-cards/${name}`, source: readFileSync(resolve(DIR, name)) });
      }
    },
  };
}
