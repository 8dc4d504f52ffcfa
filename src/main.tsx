import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { canHydrate } from './lib/can-hydrate';
import { PAGE_CARDS_ID, pageRateCards, readPageCards, revalidateRateCards } from './lib/rate-cards/page-cards';
import { createRateCardsStore, whenCardsShown } from './lib/rate-cards/rate-cards-store';
import { hydrateAsOf } from './lib/use-today';
import './index.css';

/**
 * Lets the browser run between the page's start-up steps (the modules' evaluation, reading the
 * cards, hydrating): each is a task of its own, none long enough to hold back a tap or a scroll.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A link with a query or a fragment is rendered afresh (decision 69): until then the build's defaults show. */
const linked = window.location.search !== '' || window.location.hash !== '';

async function start(root: HTMLElement) {
  // A link does not wait: the build's page under it shows other prices than it asks for.
  if (!linked) await nextTask();
  const store = createRateCardsStore();
  // The cards the build rendered with: the first render uses them, then they are fetched again.
  const page = readPageCards(document.getElementById(PAGE_CARDS_ID)?.textContent);
  const cards = page && pageRateCards(page);
  if (page && cards) {
    store.set(cards);
    whenCardsShown(() => void revalidateRateCards(store, page));
  }
  const app = (
    <StrictMode>
      <App cards={store} />
    </StrictMode>
  );
  if (!linked) await nextTask();
  if (page && cards && canHydrate(page.path, window.location, () => window.localStorage)) {
    hydrateAsOf(page.builtOn);
    // As a transition, hydration yields to the browser every few milliseconds instead of holding
    // the main thread for the whole page (which is on screen already).
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // The link or something saved changes this page: rendered afresh, over the build's markup.
    root.replaceChildren();
    createRoot(root).render(app);
  }
}

const root = document.getElementById('root');
if (root) void start(root);
