import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './vite-csp.ts';
import { rateCards } from './vite-rate-cards.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), rateCards(), contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // Every browser this app supports has modulepreload: no polyfill on the first page.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Everything the first page imports statically ships as one file: split into five (React,
    // the JSX runtime, the card code, …) each gzipped alone, the same code weighed 2 KB more.
    // Screens and panels loaded on demand stay chunks of their own.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
});
