/**
 * Renders one screen to HTML, outside a browser, for the build (`vite-prerender.ts`): the app
 * as opened at `path` with no query, no fragment and nothing saved, priced with the cards the
 * build read and as of the day it was built. Lazy screens are waited for, so the HTML is whole;
 * any error fails the build.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { rateCardsFromTexts } from '../lib/rate-cards/fetch-rate-cards';
import { createRateCardsStore } from '../lib/rate-cards/rate-cards-store';
import { hydrateAsOf } from '../lib/use-today';
import { App } from './app';

export async function renderPage(path: string, texts: Readonly<Record<string, string>>, date: string) {
  const cards = createRateCardsStore();
  cards.set(rateCardsFromTexts(texts));
  hydrateAsOf(date);
  // A screen that fails to render would otherwise be left as its "Loading…" fallback: the build fails instead.
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App cards={cards} path={path} />
    </StrictMode>,
    // Every boundary inline, as one document: a boundary React outlines is moved in by an inline script,
    // which the CSP refuses and a page without JavaScript never runs.
    { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  if (errors.length > 0) throw new Error(`prerender ${path}`, { cause: errors[0] });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
