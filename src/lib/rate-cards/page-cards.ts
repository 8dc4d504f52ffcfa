/**
 * The build's copy of the rate cards, in the prerendered page (`vite-prerender.ts` writes it):
 * the path the page was rendered for, the UTC date it was built on, and each card file's text.
 * The page's first render uses it, so a hydrated page equals the build's; the files are then
 * fetched again, and the cards replaced only if a deployment changed one since.
 */
import * as z from 'zod/mini';
import { fetchCardTexts, fetchText, rateCardsFromTexts, type LoadedRateCards } from './fetch-rate-cards';
import type { RateCardsStore } from './rate-cards-store';

/** The id of the page's `<script type="application/json">` that holds it. */
export const PAGE_CARDS_ID = 'build-cards';

const PageCardsSchema = z.object({
  /** The path the page was rendered for (`/`, `/compare`, …). */
  path: z.string(),
  /** The UTC date (YYYY-MM-DD) the page was built on: its "today". */
  builtOn: z.string(),
  /** Each file's text, by the path the app fetches it from (`/rate-cards/index.json`, …). */
  texts: z.record(z.string(), z.string()),
});

type PageCards = z.infer<typeof PageCardsSchema>;

/** The page's copy, or null when it has none or it cannot be read (the cards are then fetched). */
export function readPageCards(text: string | null | undefined): PageCards | null {
  try {
    const parsed = PageCardsSchema.safeParse(JSON.parse(text ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The copy's cards, or null when its index cannot be read. */
export function pageRateCards(page: PageCards): LoadedRateCards | null {
  try {
    return rateCardsFromTexts(page.texts);
  } catch {
    return null;
  }
}

/**
 * Fetches the cards again and replaces the page's copy when a file's text differs, or one was
 * added or removed; whether it did. A file that cannot be fetched (offline) leaves the copy as it is.
 */
export async function revalidateRateCards(store: RateCardsStore, page: PageCards, read = fetchText): Promise<boolean> {
  const texts = await fetchCardTexts(read).catch(() => null);
  const fetched = Object.entries(texts ?? {});
  if (!texts || fetched.some(([, text]) => typeof text !== 'string')) return false;
  const same =
    fetched.length === Object.keys(page.texts).length && fetched.every(([path, text]) => page.texts[path] === text);
  if (!same) store.set(rateCardsFromTexts(texts));
  return !same;
}
