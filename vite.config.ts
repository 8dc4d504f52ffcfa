import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy, SECURITY_HEADERS } from './vite-csp.ts';
import { prerender } from './vite-prerender.ts';
import { paintFirst } from './vite-paint-first.ts';
import { rateCards } from './vite-rate-cards.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), rateCards(), contentSecurityPolicy(), paintFirst(), prerender()],
  server: { host: '127.0.0.1', port: 5173 },
  // The production build's security headers (vite-csp.ts); the dev server sends none.
  preview: { host: '127.0.0.1', port: 4173, headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    // No preload map on the first page: it named every chunk a screen or panel loaded on demand
    // might need, about 760 bytes gzipped that the first view never uses. A screen's chunk now
    // fetches its own imports once it runs (docs/decisions/0054-first-page-room.md).
    modulePreload: false,
    sourcemap: false,
    // Everything the first page imports statically ships as one file: split into five (React,
    // the JSX runtime, the card code, …) each gzipped alone, the same code weighed 2 KB more.
    // Screens and panels loaded on demand stay chunks of their own.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
});
