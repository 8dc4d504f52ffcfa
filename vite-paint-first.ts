/**
 * The built page loads its module entry through `public/boot.js` after the first paint
 * (decision 72), in place of the `<script type="module">` Vite writes. The dev server keeps
 * Vite's own entry.
 */
import type { Plugin } from 'vite';

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** The page with its module entry started by the boot script; throws if it has none. */
export function paintFirstHtml(html: string): string {
  const entry = ENTRY.exec(html);
  if (!entry) throw new Error('paint-first: the built index.html has no module entry');
  return html.replace(entry[0], `<script defer src="/boot.js" data-main="${entry[1]}"></script>`);
}

export function paintFirst(): Plugin {
  return {
    name: 'paint-first',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: paintFirstHtml },
  };
}
